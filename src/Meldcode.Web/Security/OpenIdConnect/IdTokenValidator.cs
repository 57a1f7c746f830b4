using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>Why an ID token was refused. The name goes to the security log; the token itself never does.</summary>
public enum IdTokenFailure
{
    Malformed,
    UnsupportedAlgorithm,
    UnknownKey,
    BadSignature,
    WrongIssuer,
    WrongAudience,
    WrongAuthorizedParty,
    Expired,
    IssuedInFuture,
    NotYetValid,
    NonceMissing,
    NonceMismatch,
    SubjectMissing,
}

/// <summary>An ID token that passed every check, with its claims.</summary>
internal sealed record ValidatedIdToken(string Issuer, string Subject, JsonElement Claims);

internal sealed record IdTokenValidationResult(ValidatedIdToken? Token, IdTokenFailure? Failure)
{
    public bool Succeeded => Token is not null;

    public static IdTokenValidationResult Valid(ValidatedIdToken token) => new(token, null);

    public static IdTokenValidationResult Refused(IdTokenFailure failure) => new(null, failure);
}

/// <summary>
/// Checks an ID token from the token endpoint (OpenID Connect Core §3.1.3.7): a compact JWS, signed with
/// RS256 or ES256 by a key from the provider's JWKS, issued by the provider for this client, current (with
/// <see cref="ClockSkew"/> either way), for this sign-in attempt (nonce) and about someone (sub). A pure
/// function: the caller passes the configuration, the expected nonce and the time.
/// </summary>
internal static class IdTokenValidator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Far above any real ID token; stops absurd input before any parsing.</summary>
    public const int MaximumLength = 16 * 1024;

    public static IdTokenValidationResult Validate(
        string idToken,
        OidcProviderConfiguration configuration,
        string clientId,
        string expectedNonce,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrEmpty(idToken) || idToken.Length > MaximumLength)
        {
            return IdTokenValidationResult.Refused(IdTokenFailure.Malformed);
        }

        var parts = idToken.Split('.');
        if (parts.Length != 3
            || !StrictBase64Url.TryDecode(parts[0], out var headerBytes)
            || !StrictBase64Url.TryDecode(parts[1], out var payloadBytes)
            || !StrictBase64Url.TryDecode(parts[2], out var signature)
            || ParseObject(headerBytes) is not { } header
            || ParseObject(payloadBytes) is not { } claims)
        {
            return IdTokenValidationResult.Refused(IdTokenFailure.Malformed);
        }

        var signatureFailure = CheckSignature(header, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature, configuration.SigningKeys);
        if (signatureFailure is { } refused)
        {
            return IdTokenValidationResult.Refused(refused);
        }

        var claimsFailure = CheckClaims(claims, configuration.Issuer, clientId, expectedNonce, now);
        return claimsFailure is { } failure
            ? IdTokenValidationResult.Refused(failure)
            : IdTokenValidationResult.Valid(new ValidatedIdToken(configuration.Issuer, claims.OptionalString("sub")!, claims));
    }

    private static IdTokenFailure? CheckSignature(JsonElement header, byte[] signingInput, byte[] signature, IReadOnlyList<SigningKey> keys)
    {
        // Only what we implement, named exactly: this refuses "none", the HMAC family and any algorithm confusion.
        var algorithm = header.OptionalString("alg");
        if (algorithm is not (SigningKey.Rs256 or SigningKey.Es256))
        {
            return IdTokenFailure.UnsupportedAlgorithm;
        }

        // Extensions we do not understand must not be ignored (RFC 7515 §4.1.11). Keys named in the token
        // itself (jwk, jku, x5u, x5c) are never used: only the provider's JWKS counts.
        if (header.TryGetProperty("crit", out _))
        {
            return IdTokenFailure.Malformed;
        }

        string? keyId = null;
        if (header.TryGetProperty("kid", out var kid))
        {
            if (kid.ValueKind != JsonValueKind.String)
            {
                return IdTokenFailure.Malformed;
            }

            keyId = kid.GetString();
        }

        var candidates = keys
            .Where(key => key.CanVerify(algorithm) && (keyId is null || string.Equals(key.KeyId, keyId, StringComparison.Ordinal)))
            .ToList();
        if (candidates.Count == 0)
        {
            return IdTokenFailure.UnknownKey;
        }

        return candidates.Exists(key => key.Verify(algorithm, signingInput, signature)) ? null : IdTokenFailure.BadSignature;
    }

    private static IdTokenFailure? CheckClaims(JsonElement claims, string issuer, string clientId, string expectedNonce, DateTimeOffset now)
    {
        if (!string.Equals(claims.OptionalString("iss"), issuer, StringComparison.Ordinal))
        {
            return IdTokenFailure.WrongIssuer;
        }

        var audiences = claims.TryGetProperty("aud", out var aud) ? aud.StringOrStrings() : [];
        if (!audiences.Contains(clientId, StringComparer.Ordinal))
        {
            return IdTokenFailure.WrongAudience;
        }

        // With several audiences, the party the token was issued to must be named, and be us (OIDC Core §3.1.3.7, 4–5).
        var hasAuthorizedParty = claims.TryGetProperty("azp", out _);
        if ((hasAuthorizedParty || audiences.Count > 1) && !string.Equals(claims.OptionalString("azp"), clientId, StringComparison.Ordinal))
        {
            return IdTokenFailure.WrongAuthorizedParty;
        }

        if (NumericDate(claims, "exp") is not { } expires || expires <= now - ClockSkew)
        {
            return IdTokenFailure.Expired;
        }

        if (NumericDate(claims, "iat") is not { } issuedAt || issuedAt > now + ClockSkew)
        {
            return IdTokenFailure.IssuedInFuture;
        }

        if (claims.TryGetProperty("nbf", out _) && (NumericDate(claims, "nbf") is not { } notBefore || notBefore > now + ClockSkew))
        {
            return IdTokenFailure.NotYetValid;
        }

        if (claims.OptionalString("nonce") is not { Length: > 0 } nonce)
        {
            return IdTokenFailure.NonceMissing;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(expectedNonce)))
        {
            return IdTokenFailure.NonceMismatch;
        }

        return claims.OptionalString("sub") is { Length: > 0 and <= 255 } ? null : IdTokenFailure.SubjectMissing;
    }

    private static DateTimeOffset? NumericDate(JsonElement claims, string name)
    {
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
        {
            return null;
        }

        const double latest = 253_402_300_799; // 9999-12-31T23:59:59Z
        return seconds is >= 0 and <= latest ? DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds)) : null;
    }

    private static JsonElement? ParseObject(byte[] utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(StrictUtf8.GetString(utf8Json), JoseJson.Options);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (Exception exception) when (exception is JsonException or DecoderFallbackException)
        {
            return null;
        }
    }
}
