using System.Text.Json;
using Meldcode.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Fetches the provider's discovery document and JWKS on first use (never at start-up, so a provider that
/// is down does not stop Meldcode), keeps them, fetches them again after <see cref="RefreshInterval"/>,
/// and fetches the JWKS early when a token is signed with a key it does not know — at most once per
/// <see cref="KeyRefreshThrottle"/>, so forged tokens cannot make Meldcode hammer the provider.
/// </summary>
internal sealed class OidcConfigurationManager : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan KeyRefreshThrottle = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryAfterFailedRefresh = TimeSpan.FromMinutes(5);

    /// <summary>How long a provider that could not be reached at all is taken to be down before it is tried again.</summary>
    public static readonly TimeSpan RetryAfterFailedFirstFetch = TimeSpan.FromSeconds(30);

    private readonly IHttpClientFactory _httpClients;
    private readonly IdentityProviderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OidcConfigurationManager> _logger;
    private readonly SemaphoreSlim _fetching = new(1, 1);

    // One immutable snapshot, swapped whole, so readers outside the lock never see half an update.
    private volatile Snapshot? _current;
    private DateTimeOffset? _lastKeyRefresh;

    /// <summary>Until when a first fetch that failed is not tried again: sign-ins fail at once instead of each waiting for the timeout.</summary>
    private DateTimeOffset? _unreachableUntil;

    public OidcConfigurationManager(
        IHttpClientFactory httpClients,
        IOptions<IdentityProviderOptions> options,
        TimeProvider timeProvider,
        ILogger<OidcConfigurationManager> logger)
    {
        _httpClients = httpClients;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The provider's configuration; a stale copy is kept (and used) while the provider cannot be reached.</summary>
    /// <exception cref="IdentityProviderUnavailableException">Nothing usable has been fetched yet and fetching fails now.</exception>
    public async Task<OidcProviderConfiguration> GetConfigurationAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        ThrowIfRecentlyUnreachable();
        await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            ThrowIfRecentlyUnreachable();
            try
            {
                var configuration = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _current = new Snapshot(configuration, _timeProvider.GetUtcNow() + RefreshInterval);
                _unreachableUntil = null;
                return configuration;
            }
            catch (IdentityProviderUnavailableException) when (_current is null)
            {
                _unreachableUntil = _timeProvider.GetUtcNow() + RetryAfterFailedFirstFetch;
                throw;
            }
            catch (IdentityProviderUnavailableException exception) when (_current is { } previous)
            {
                _logger.LogWarning("Refreshing the identity provider's configuration failed; the previous copy stays in use. {Problem}", exception.Message);
                _current = previous with { NextRefresh = _timeProvider.GetUtcNow() + RetryAfterFailedRefresh };
                return previous.Configuration;
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    private void ThrowIfRecentlyUnreachable()
    {
        if (_current is null && _unreachableUntil is { } until && _timeProvider.GetUtcNow() < until)
        {
            throw new IdentityProviderUnavailableException("The identity provider could not be reached a moment ago; not trying again yet.");
        }
    }

    /// <summary>
    /// Called when an ID token names a key that is not in the JWKS (the provider may have rolled its keys):
    /// fetches the JWKS again unless that was done less than <see cref="KeyRefreshThrottle"/> ago.
    /// </summary>
    public async Task<OidcProviderConfiguration> RefreshSigningKeysAsync(CancellationToken cancellationToken)
    {
        var configuration = await GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = _current ?? new Snapshot(configuration, _timeProvider.GetUtcNow() + RefreshInterval);
            configuration = snapshot.Configuration;
            var now = _timeProvider.GetUtcNow();
            if (_lastKeyRefresh is { } last && now - last < KeyRefreshThrottle)
            {
                return configuration;
            }

            _lastKeyRefresh = now;
            try
            {
                var keys = await FetchKeysAsync(configuration.JwksUri, cancellationToken).ConfigureAwait(false);
                var refreshed = snapshot with { Configuration = configuration with { SigningKeys = keys } };
                _current = refreshed;
                return refreshed.Configuration;
            }
            catch (IdentityProviderUnavailableException exception)
            {
                _logger.LogWarning("Fetching the identity provider's signing keys again failed. {Problem}", exception.Message);
                return configuration;
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    public void Dispose() => _fetching.Dispose();

    private OidcProviderConfiguration? Fresh() =>
        _current is { } current && _timeProvider.GetUtcNow() < current.NextRefresh ? current.Configuration : null;

    private async Task<OidcProviderConfiguration> FetchAsync(CancellationToken cancellationToken)
    {
        var authority = _options.Authority
            ?? throw new IdentityProviderUnavailableException("Authentication:Oidc:Authority is not set.");
        var discovery = OidcProviderConfiguration.Parse(
            await GetAsync(OidcProviderConfiguration.DiscoveryUri(authority), "discovery document", cancellationToken).ConfigureAwait(false),
            authority);
        var keys = await FetchKeysAsync(discovery.JwksUri, cancellationToken).ConfigureAwait(false);
        return discovery with { SigningKeys = keys };
    }

    private async Task<IReadOnlyList<SigningKey>> FetchKeysAsync(Uri jwksUri, CancellationToken cancellationToken)
    {
        var json = await GetAsync(jwksUri, "JWKS", cancellationToken).ConfigureAwait(false);
        try
        {
            var keys = SigningKey.ParseKeySet(json);
            return keys.Count > 0
                ? keys
                : throw new IdentityProviderUnavailableException("The provider's JWKS has no RS256 or ES256 signing key that Meldcode can use.");
        }
        catch (JsonException)
        {
            throw new IdentityProviderUnavailableException("The provider's JWKS is not a valid key set.");
        }
    }

    private async Task<string> GetAsync(Uri uri, string what, CancellationToken cancellationToken)
    {
        using var client = _httpClients.CreateClient(OrganisationSignIn.HttpClientName);
        try
        {
            using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)
                : throw new IdentityProviderUnavailableException($"The provider answered HTTP {(int)response.StatusCode} for its {what} ({uri}).");
        }
        catch (HttpRequestException exception)
        {
            throw new IdentityProviderUnavailableException($"The provider's {what} ({uri}) could not be fetched: {exception.HttpRequestError}.", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IdentityProviderUnavailableException($"The provider's {what} ({uri}) did not arrive in time.", exception);
        }
    }

    private sealed record Snapshot(OidcProviderConfiguration Configuration, DateTimeOffset NextRefresh);
}
