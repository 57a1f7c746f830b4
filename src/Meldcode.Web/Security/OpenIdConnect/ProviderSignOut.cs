using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>Where to send the browser to sign out at the organisation's provider too (RP-initiated logout).</summary>
public interface IProviderSignOut
{
    /// <summary>The provider's end-session URL for this sign-out, or null when there is none (no provider, none advertised, or unreachable).</summary>
    Task<Uri?> EndSessionUriAsync(HttpRequest request, string? idToken, CancellationToken cancellationToken);
}

internal sealed class ProviderSignOut : IProviderSignOut
{
    private readonly IdentityProviderOptions _options;
    private readonly ProviderConfigurationManager _configurationManager;
    private readonly ILogger<ProviderSignOut> _logger;

    public ProviderSignOut(IOptions<IdentityProviderOptions> options, ProviderConfigurationManager configurationManager, ILogger<ProviderSignOut> logger)
    {
        _options = options.Value;
        _configurationManager = configurationManager;
        _logger = logger;
    }

    public async Task<Uri?> EndSessionUriAsync(HttpRequest request, string? idToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.IsConfigured)
        {
            return null;
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IdentityProviderUnavailableException exception)
        {
            _logger.LogWarning("Signed out of Meldcode only: the identity provider is unavailable. {Problem}", exception.Message);
            return null;
        }

        if (string.IsNullOrEmpty(configuration.EndSessionEndpoint) || !Uri.TryCreate(configuration.EndSessionEndpoint, UriKind.Absolute, out var endSession))
        {
            return null;
        }

        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = _options.ClientId,
            ["post_logout_redirect_uri"] = $"{request.Scheme}://{request.Host}{request.PathBase}{_options.SignedOutCallbackPath}",
        };
        if (!string.IsNullOrEmpty(idToken))
        {
            parameters["id_token_hint"] = idToken;
        }

        return new Uri(QueryHelpers.AddQueryString(endSession.OriginalString, parameters));
    }
}
