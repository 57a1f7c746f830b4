using Meldcode.Web.Configuration;
using Meldcode.Web.Security.OpenIdConnect;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.OpenIdConnect;

/// <summary>
/// The provider's configuration as the framework's handler gets it: the framework's configuration manager on
/// Meldcode's back channel (the provider stubbed there), with Meldcode's issuer check and fast failure around it.
/// </summary>
public sealed class ProviderConfigurationTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly FakeIdentityProvider _provider;
    private readonly HttpClient _backchannel;
    private readonly ProviderConfigurationManager _manager;

    public ProviderConfigurationTests()
    {
        _provider = new FakeIdentityProvider(_clock);
        _backchannel = new HttpClient(_provider, disposeHandler: false);
        _manager = ProviderConfigurationManager.Create(
            new IdentityProviderOptions { Authority = FakeIdentityProvider.Authority + "/", ClientId = FakeIdentityProvider.ClientId, ClientSecret = FakeIdentityProvider.ClientSecret },
            _backchannel,
            requireHttps: true,
            _clock);
    }

    [Fact]
    public async Task Discovery_reads_the_endpoints_and_the_signing_keys()
    {
        var configuration = await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(FakeIdentityProvider.Authority, configuration.Issuer);
        Assert.Equal(FakeIdentityProvider.AuthorizationEndpoint.AbsoluteUri, configuration.AuthorizationEndpoint);
        Assert.Equal("https://idp.example/token", configuration.TokenEndpoint);
        Assert.Equal(FakeIdentityProvider.EndSessionEndpoint.AbsoluteUri, configuration.EndSessionEndpoint);
        Assert.Equal(FakeIdentityProvider.SigningKeyId, Assert.Single(configuration.SigningKeys).KeyId);
    }

    [Fact]
    public async Task The_configuration_is_fetched_once_and_kept()
    {
        await _manager.GetConfigurationAsync(CancellationToken.None);

        await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(1, _provider.DiscoveryRequests);
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

        _clock.Advance(ProviderConfigurationManager.RetryAfterFailedFirstFetch);
        var configuration = await _manager.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(FakeIdentityProvider.Authority, configuration.Issuer);
    }

    [Fact]
    public async Task A_discovery_document_with_an_endpoint_on_plain_http_is_refused()
    {
        _provider.KeySetAddress = "http://idp.example/jwks";

        await Assert.ThrowsAsync<IdentityProviderUnavailableException>(() => _manager.GetConfigurationAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        _backchannel.Dispose();
        _provider.SigningKey.Dispose();
        _provider.Dispose();
    }
}
