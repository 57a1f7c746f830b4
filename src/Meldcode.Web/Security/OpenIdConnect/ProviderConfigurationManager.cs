using Meldcode.Web.Configuration;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// The provider's discovery document and keys, as the framework's handler and the sign-out page read them:
/// the framework's <see cref="ConfigurationManager{T}"/> (fetched on first use, never at start-up; kept for
/// <see cref="AutomaticRefreshInterval"/>; a stale copy stays in use while a refresh fails; fetched again
/// for an unknown signing key at most once per <see cref="RefreshInterval"/>) over the named back channel,
/// with two Meldcode rules around it:
/// <list type="bullet">
/// <item>after a failed <em>first</em> fetch, sign-ins fail at once for <see cref="RetryAfterFailedFirstFetch"/>
/// instead of each waiting for the back channel's timeout (the framework's manager tries again on every call
/// until it has had a configuration once);</item>
/// <item>the issuer in the document must be the configured authority (one trailing slash ignored).</item>
/// </list>
/// Every failure is an <see cref="IdentityProviderUnavailableException"/> with a sentence for the operator.
/// </summary>
public sealed class ProviderConfigurationManager : IConfigurationManager<OpenIdConnectConfiguration>
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryAfterFailedFirstFetch = TimeSpan.FromSeconds(30);

    private readonly IConfigurationManager<OpenIdConnectConfiguration> _inner;
    private readonly string _authority;
    private readonly TimeProvider _timeProvider;
    private volatile bool _fetchedOnce;
    private long _unreachableUntilTicks;

    public ProviderConfigurationManager(IConfigurationManager<OpenIdConnectConfiguration> inner, string authority, TimeProvider timeProvider)
    {
        _inner = inner;
        _authority = authority;
        _timeProvider = timeProvider;
    }

    /// <summary>The framework's manager on Meldcode's back channel, for the configured provider.</summary>
    internal static ProviderConfigurationManager Create(IdentityProviderOptions options, HttpClient backchannel, bool requireHttps, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var authority = options.Authority ?? string.Empty;
        var inner = new ConfigurationManager<OpenIdConnectConfiguration>(
            authority.TrimEnd('/') + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(backchannel) { RequireHttps = requireHttps })
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = RefreshInterval,
        };
        return new ProviderConfigurationManager(inner, authority, timeProvider);
    }

    /// <exception cref="IdentityProviderUnavailableException">Nothing usable has been fetched yet and fetching fails now (or failed less than half a minute ago).</exception>
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (!_fetchedOnce && _timeProvider.GetUtcNow().UtcTicks < Interlocked.Read(ref _unreachableUntilTicks))
        {
            throw new IdentityProviderUnavailableException("The identity provider could not be reached a moment ago; not trying again yet.");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _inner.GetConfigurationAsync(cancel).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            if (!_fetchedOnce)
            {
                Interlocked.Exchange(ref _unreachableUntilTicks, (_timeProvider.GetUtcNow() + RetryAfterFailedFirstFetch).UtcTicks);
            }

            throw new IdentityProviderUnavailableException(
                $"The identity provider's discovery document or keys ({_authority.TrimEnd('/')}/.well-known/openid-configuration) could not be fetched or read: {exception.GetBaseException().Message}",
                exception);
        }

        if (!string.Equals(configuration.Issuer?.TrimEnd('/'), _authority.TrimEnd('/'), StringComparison.Ordinal))
        {
            throw new IdentityProviderUnavailableException(
                "The issuer in the provider's discovery document does not match Authentication:Oidc:Authority. "
                + "Set Authority to exactly the provider's issuer URL.");
        }

        _fetchedOnce = true;
        return configuration;
    }

    public void RequestRefresh() => _inner.RequestRefresh();
}
