using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Meldcode.Web.Configuration;
using Meldcode.Web.Security.OpenIdConnect;
using Meldcode.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Tests.OpenIdConnect;

/// <summary>Discovery, the JWKS and their refreshing, through the configuration manager with the provider stubbed on the back channel.</summary>
public sealed class ProviderConfigurationTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly FakeIdentityProvider _provider;
    private readonly OidcConfigurationManager _manager;
    private readonly IdTokenVerifier _verifier;

    public ProviderConfigurationTests()
    {
        _provider = new FakeIdentityProvider(_clock);
        var options = Options.Create(new IdentityProviderOptions
        {
            Authority = FakeIdentityProvider.Authority + "/",
            ClientId = FakeIdentityProvider.ClientId,
            ClientSecret = FakeIdentityProvider.ClientSecret,
        });
        _manager = new OidcConfigurationManager(new SingleClientFactory(_provider), options, _clock, NullLogger<OidcConfigurationManager>.Instance);
        _verifier = new IdTokenVerifier(_manager, options, _clock);
    }

    [Fact]
    public async Task Discovery_reads_the_endpoints_and_the_signing_keys()
    {
        var configuration = await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(FakeIdentityProvider.Authority, configuration.Issuer);
        Assert.Equal(FakeIdentityProvider.AuthorizationEndpoint, configuration.AuthorizationEndpoint);
        Assert.Equal(new Uri("https://idp.example/token"), configuration.TokenEndpoint);
        Assert.Equal(FakeIdentityProvider.EndSessionEndpoint, configuration.EndSessionEndpoint);
        Assert.Equal(["RS256", "ES256"], configuration.IdTokenSigningAlgorithms);
        Assert.Equal(FakeIdentityProvider.SigningKeyId, Assert.Single(configuration.SigningKeys).KeyId);
    }

    [Fact]
    public async Task A_discovery_document_whose_issuer_is_not_the_authority_is_refused()
    {
        _provider.DocumentIssuer = "https://idp.example/other-tenant";

        var refusal = await Assert.ThrowsAsync<IdentityProviderUnavailableException>(() => _manager.GetConfigurationAsync(CancellationToken.None));

        Assert.Contains("issuer", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:Authority", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_is_reported_as_unavailable()
    {
        _provider.IsDown = true;

        await Assert.ThrowsAsync<IdentityProviderUnavailableException>(() => _manager.GetConfigurationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task After_a_failed_first_fetch_sign_ins_fail_at_once_for_half_a_minute_instead_of_each_waiting_for_the_provider()
    {
        _provider.IsDown = true;
        await Assert.ThrowsAsync<IdentityProviderUnavailableException>(() => _manager.GetConfigurationAsync(CancellationToken.None));
        var attempts = _provider.DiscoveryRequests;

        _provider.IsDown = false;
        await Assert.ThrowsAsync<IdentityProviderUnavailableException>(() => _manager.GetConfigurationAsync(CancellationToken.None));
        Assert.Equal(attempts, _provider.DiscoveryRequests);

        _clock.Advance(OidcConfigurationManager.RetryAfterFailedFirstFetch);
        var configuration = await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(FakeIdentityProvider.Authority, configuration.Issuer);
    }

    [Fact]
    public async Task The_configuration_is_kept_for_a_day_and_then_fetched_again()
    {
        await _manager.GetConfigurationAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(23));
        await _manager.GetConfigurationAsync(CancellationToken.None);
        Assert.Equal(1, _provider.DiscoveryRequests);

        _clock.Advance(TimeSpan.FromHours(2));
        await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(2, _provider.DiscoveryRequests);
    }

    [Fact]
    public async Task While_the_provider_is_down_the_previous_configuration_stays_in_use()
    {
        var first = await _manager.GetConfigurationAsync(CancellationToken.None);
        _provider.IsDown = true;
        _clock.Advance(TimeSpan.FromHours(25));

        var during = await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Same(first, during);
    }

    [Fact]
    public async Task A_token_signed_with_a_rolled_key_is_accepted_after_the_key_set_is_fetched_again()
    {
        await _manager.GetConfigurationAsync(CancellationToken.None);
        using var newKey = RSA.Create(2048);
        _provider.KeySet = TestJwt.KeySet(TestJwt.Jwk(_provider.SigningKey, FakeIdentityProvider.SigningKeyId), TestJwt.Jwk(newKey, "key-2"));

        var result = await _verifier.VerifyAsync(_provider.IdToken("nonce-1", key: newKey, keyId: "key-2"), "nonce-1", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, _provider.KeySetRequests);
    }

    [Fact]
    public async Task A_token_with_a_key_that_stays_unknown_after_fetching_the_key_set_again_is_refused()
    {
        using var stranger = RSA.Create(2048);

        var result = await _verifier.VerifyAsync(_provider.IdToken("nonce-1", key: stranger, keyId: "forged"), "nonce-1", CancellationToken.None);

        Assert.Equal(IdTokenFailure.UnknownKey, result.Failure);
        Assert.Equal(2, _provider.KeySetRequests);
    }

    [Fact]
    public async Task Unknown_keys_make_Meldcode_fetch_the_key_set_at_most_once_per_five_minutes()
    {
        using var stranger = RSA.Create(2048);
        var forged = _provider.IdToken("nonce-1", key: stranger, keyId: "forged");

        await _verifier.VerifyAsync(forged, "nonce-1", CancellationToken.None);
        await _verifier.VerifyAsync(forged, "nonce-1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        await _verifier.VerifyAsync(forged, "nonce-1", CancellationToken.None);
        Assert.Equal(2, _provider.KeySetRequests);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await _verifier.VerifyAsync(forged, "nonce-1", CancellationToken.None);

        Assert.Equal(3, _provider.KeySetRequests);
    }

    [Fact]
    public void Keys_meant_for_encryption_too_weak_or_of_other_types_are_left_out_of_the_key_set()
    {
        using var encryption = RSA.Create(2048);
        using var weak = RSA.Create(1024);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var good = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p384Jwk = TestJwt.Jwk(good, "p384");
        p384Jwk["crv"] = "P-384";
        var json = TestJwt.KeySet(
            TestJwt.Jwk(encryption, "enc", use: "enc"),
            TestJwt.Jwk(weak, "weak"),
            p384Jwk,
            new JsonObject { ["kty"] = "oct", ["kid"] = "hmac", ["k"] = "c2VjcmV0" },
            TestJwt.Jwk(good, "good")).ToJsonString();

        var keys = SigningKey.ParseKeySet(json);

        Assert.Equal("good", Assert.Single(keys).KeyId);
    }

    [Fact]
    public void A_discovery_document_with_an_endpoint_on_plain_http_is_refused()
    {
        var json = """
            {"issuer":"https://idp.example","authorization_endpoint":"http://idp.example/authorize",
             "token_endpoint":"https://idp.example/token","jwks_uri":"https://idp.example/jwks"}
            """;

        var refusal = Assert.Throws<IdentityProviderUnavailableException>(() => OidcProviderConfiguration.Parse(json, "https://idp.example"));

        Assert.Contains("authorization_endpoint", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_that_signs_ID_tokens_only_with_algorithms_Meldcode_does_not_verify_is_refused()
    {
        var json = """
            {"issuer":"https://idp.example","authorization_endpoint":"https://idp.example/authorize",
             "token_endpoint":"https://idp.example/token","jwks_uri":"https://idp.example/jwks",
             "id_token_signing_alg_values_supported":["HS256","PS512"]}
            """;

        var refusal = Assert.Throws<IdentityProviderUnavailableException>(() => OidcProviderConfiguration.Parse(json, "https://idp.example"));

        Assert.Contains("RS256", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _manager.Dispose();
        _provider.SigningKey.Dispose();
        _provider.Dispose();
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
