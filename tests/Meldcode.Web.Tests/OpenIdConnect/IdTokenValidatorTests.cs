using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Meldcode.Web.Security.OpenIdConnect;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.OpenIdConnect;

public sealed class IdTokenValidatorTests : IDisposable
{
    private const string Issuer = "https://idp.example";
    private const string ClientId = "meldcode";
    private const string Nonce = "n-0S6_WzA2Mj";
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 8, 30, 0, TimeSpan.Zero);

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly OidcProviderConfiguration _configuration;

    public IdTokenValidatorTests()
    {
        _configuration = new OidcProviderConfiguration(
            Issuer,
            new Uri($"{Issuer}/authorize"),
            new Uri($"{Issuer}/token"),
            new Uri($"{Issuer}/jwks"),
            null,
            ["RS256", "ES256"],
            [SigningKey.FromRsa(_rsa.ExportParameters(false), "rsa-1"), SigningKey.FromEc(_ec.ExportParameters(false), "ec-1")]);
    }

    [Fact]
    public void A_good_RS256_token_is_accepted_with_its_issuer_subject_and_claims()
    {
        var result = Validate(TestJwt.SignRs256(_rsa, "rsa-1", Claims()));

        Assert.True(result.Succeeded);
        Assert.Equal(Issuer, result.Token!.Issuer);
        Assert.Equal("248289761001", result.Token.Subject);
        Assert.Equal("Jane Doe", result.Token.Claims.GetProperty("name").GetString());
    }

    [Fact]
    public void A_good_ES256_token_is_accepted()
    {
        Assert.True(Validate(TestJwt.SignEs256(_ec, "ec-1", Claims())).Succeeded);
    }

    [Fact]
    public void A_token_signed_by_another_key_under_a_known_key_id_is_refused()
    {
        using var stranger = RSA.Create(2048);

        AssertRefused(IdTokenFailure.BadSignature, TestJwt.SignRs256(stranger, "rsa-1", Claims()));
    }

    [Fact]
    public void A_token_whose_claims_were_changed_after_signing_is_refused()
    {
        var parts = TestJwt.SignRs256(_rsa, "rsa-1", Claims()).Split('.');
        var tampered = $"{parts[0]}.{TestJwt.Encode(Claims(c => c["sub"] = "someone-else").ToJsonString())}.{parts[2]}";

        AssertRefused(IdTokenFailure.BadSignature, tampered);
    }

    [Fact]
    public void An_ES256_signature_in_DER_instead_of_the_fixed_JOSE_format_is_refused()
    {
        var token = TestJwt.Sign(TestJwt.Header("ES256", "ec-1"), Claims(), input => _ec.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        AssertRefused(IdTokenFailure.BadSignature, token);
    }

    [Fact]
    public void A_token_from_another_issuer_is_refused()
    {
        AssertRefused(IdTokenFailure.WrongIssuer, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["iss"] = "https://idp.example.evil")));
    }

    [Fact]
    public void A_token_for_another_client_is_refused()
    {
        AssertRefused(IdTokenFailure.WrongAudience, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["aud"] = "another-app")));
    }

    [Fact]
    public void A_token_for_several_audiences_is_accepted_only_when_it_was_issued_to_this_client()
    {
        var forUs = Claims(c => { c["aud"] = new JsonArray("another-app", ClientId); c["azp"] = ClientId; });
        var forThem = Claims(c => { c["aud"] = new JsonArray("another-app", ClientId); c["azp"] = "another-app"; });
        var unnamed = Claims(c => c["aud"] = new JsonArray("another-app", ClientId));

        Assert.True(Validate(TestJwt.SignRs256(_rsa, "rsa-1", forUs)).Succeeded);
        AssertRefused(IdTokenFailure.WrongAuthorizedParty, TestJwt.SignRs256(_rsa, "rsa-1", forThem));
        AssertRefused(IdTokenFailure.WrongAuthorizedParty, TestJwt.SignRs256(_rsa, "rsa-1", unnamed));
    }

    [Fact]
    public void A_single_audience_token_naming_another_authorized_party_is_refused()
    {
        AssertRefused(IdTokenFailure.WrongAuthorizedParty, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["azp"] = "another-app")));
    }

    [Fact]
    public void A_token_that_expired_longer_ago_than_the_clock_skew_is_refused()
    {
        AssertRefused(IdTokenFailure.Expired, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["exp"] = Unix(Now.AddMinutes(-2).AddSeconds(-1)))));
    }

    [Fact]
    public void A_token_that_expired_within_the_clock_skew_is_accepted()
    {
        Assert.True(Validate(TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["exp"] = Unix(Now.AddSeconds(-90))))).Succeeded);
    }

    [Fact]
    public void A_token_issued_further_in_the_future_than_the_clock_skew_is_refused()
    {
        AssertRefused(IdTokenFailure.IssuedInFuture, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["iat"] = Unix(Now.AddMinutes(3)))));
    }

    [Fact]
    public void A_token_without_exp_or_iat_is_refused()
    {
        AssertRefused(IdTokenFailure.Expired, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c.Remove("exp"))));
        AssertRefused(IdTokenFailure.IssuedInFuture, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c.Remove("iat"))));
    }

    [Fact]
    public void A_token_not_valid_before_a_time_beyond_the_clock_skew_is_refused()
    {
        AssertRefused(IdTokenFailure.NotYetValid, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["nbf"] = Unix(Now.AddMinutes(5)))));
    }

    [Fact]
    public void A_token_with_the_nonce_of_another_sign_in_attempt_is_refused()
    {
        AssertRefused(IdTokenFailure.NonceMismatch, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c["nonce"] = "n-from-another-attempt")));
    }

    [Fact]
    public void A_token_without_a_nonce_is_refused()
    {
        AssertRefused(IdTokenFailure.NonceMissing, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c.Remove("nonce"))));
    }

    [Fact]
    public void A_token_without_a_subject_is_refused()
    {
        AssertRefused(IdTokenFailure.SubjectMissing, TestJwt.SignRs256(_rsa, "rsa-1", Claims(c => c.Remove("sub"))));
    }

    [Fact]
    public void An_unsigned_token_with_alg_none_is_refused()
    {
        var header = TestJwt.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = TestJwt.Encode(Claims().ToJsonString());

        AssertRefused(IdTokenFailure.Malformed, $"{header}.{payload}.");
        AssertRefused(IdTokenFailure.Malformed, $"{header}.{payload}");
        AssertRefused(IdTokenFailure.UnsupportedAlgorithm, $"{header}.{payload}.{TestJwt.Encode("anything")}");
    }

    [Fact]
    public void An_HS256_token_keyed_with_the_providers_public_key_is_refused()
    {
        var publicKey = _rsa.ExportSubjectPublicKeyInfo();
        var token = TestJwt.Sign(TestJwt.Header("HS256", "rsa-1"), Claims(), input => HMACSHA256.HashData(publicKey, input));

        AssertRefused(IdTokenFailure.UnsupportedAlgorithm, token);
    }

    [Fact]
    public void An_algorithm_other_than_RS256_or_ES256_is_refused_even_with_a_valid_signature()
    {
        var token = TestJwt.Sign(TestJwt.Header("RS512", "rsa-1"), Claims(), input => _rsa.SignData(input, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1));

        AssertRefused(IdTokenFailure.UnsupportedAlgorithm, token);
    }

    [Fact]
    public void An_RSA_key_is_not_accepted_for_an_ES256_token_nor_an_EC_key_for_RS256()
    {
        AssertRefused(IdTokenFailure.UnknownKey, TestJwt.SignEs256(_ec, "rsa-1", Claims()));
        AssertRefused(IdTokenFailure.UnknownKey, TestJwt.SignRs256(_rsa, "ec-1", Claims()));
    }

    [Theory]
    [InlineData("padding")]
    [InlineData("standard-alphabet")]
    [InlineData("whitespace")]
    [InlineData("non-canonical")]
    [InlineData("four-parts")]
    [InlineData("not-json")]
    [InlineData("json-array")]
    public void Malformed_tokens_are_refused(string defect)
    {
        var parts = TestJwt.SignRs256(_rsa, "rsa-1", Claims()).Split('.');
        var token = defect switch
        {
            "padding" => $"{parts[0]}==.{parts[1]}.{parts[2]}",
            "standard-alphabet" => $"{parts[0]}.{parts[1]}.{parts[2].Replace('-', '+').Replace('_', '/')}+",
            "whitespace" => $"{parts[0]}.{parts[1][..10]} {parts[1][10..]}.{parts[2]}",
            "non-canonical" => $"{parts[0]}.{parts[1]}.{NonCanonical(parts[2])}",
            "four-parts" => $"{parts[0]}.{parts[1]}.{parts[2]}.{parts[2]}",
            "not-json" => $"{TestJwt.Encode("alg=RS256")}.{parts[1]}.{parts[2]}",
            _ => $"{TestJwt.Encode("[1,2]")}.{parts[1]}.{parts[2]}",
        };

        AssertRefused(IdTokenFailure.Malformed, token);
    }

    [Fact]
    public void A_token_that_repeats_a_claim_name_is_refused()
    {
        var claims = Claims().ToJsonString().TrimEnd('}') + ""","aud":"another-app"}""";
        var signingInput = $"{TestJwt.Encode(TestJwt.Header("RS256", "rsa-1").ToJsonString())}.{TestJwt.Encode(claims)}";
        var signature = System.Buffers.Text.Base64Url.EncodeToString(_rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        AssertRefused(IdTokenFailure.Malformed, $"{signingInput}.{signature}");
    }

    [Fact]
    public void A_critical_header_extension_is_refused()
    {
        var header = TestJwt.Header("RS256", "rsa-1");
        header["crit"] = new JsonArray("exp");
        header["exp"] = 1;

        AssertRefused(IdTokenFailure.Malformed, TestJwt.Sign(header, Claims(), input => _rsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));
    }

    [Fact]
    public void A_token_naming_a_key_that_is_not_in_the_key_set_is_reported_as_an_unknown_key()
    {
        AssertRefused(IdTokenFailure.UnknownKey, TestJwt.SignRs256(_rsa, "rolled-key", Claims()));
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _ec.Dispose();
    }

    private IdTokenValidationResult Validate(string token) => IdTokenValidator.Validate(token, _configuration, ClientId, Nonce, Now);

    private void AssertRefused(IdTokenFailure expected, string token)
    {
        var result = Validate(token);
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Failure);
    }

    private static JsonObject Claims(Action<JsonObject>? change = null)
    {
        var claims = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = "248289761001",
            ["aud"] = ClientId,
            ["iat"] = Unix(Now.AddSeconds(-10)),
            ["exp"] = Unix(Now.AddMinutes(5)),
            ["nonce"] = Nonce,
            ["name"] = "Jane Doe",
        };
        change?.Invoke(claims);
        return claims;
    }

    private static long Unix(DateTimeOffset moment) => moment.ToUnixTimeSeconds();

    /// <summary>The same bytes spelled differently: set an unused low bit in the last character.</summary>
    private static string NonCanonical(string segment)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = alphabet.IndexOf(segment[^1], StringComparison.Ordinal);
        return segment[..^1] + alphabet[last ^ 1];
    }
}
