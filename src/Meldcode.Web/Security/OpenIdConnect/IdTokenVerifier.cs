using Meldcode.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Validates an ID token against the provider's current configuration. A token signed with a key Meldcode
/// does not know yet gets one more chance after the JWKS is fetched again (throttled by the configuration manager).
/// </summary>
internal sealed class IdTokenVerifier
{
    private readonly OidcConfigurationManager _configurationManager;
    private readonly IdentityProviderOptions _options;
    private readonly TimeProvider _timeProvider;

    public IdTokenVerifier(OidcConfigurationManager configurationManager, IOptions<IdentityProviderOptions> options, TimeProvider timeProvider)
    {
        _configurationManager = configurationManager;
        _options = options.Value;
        _timeProvider = timeProvider;
    }

    public async Task<IdTokenValidationResult> VerifyAsync(string idToken, string expectedNonce, CancellationToken cancellationToken)
    {
        var clientId = _options.ClientId ?? string.Empty;
        var configuration = await _configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = IdTokenValidator.Validate(idToken, configuration, clientId, expectedNonce, _timeProvider.GetUtcNow());
        if (result.Failure != IdTokenFailure.UnknownKey)
        {
            return result;
        }

        configuration = await _configurationManager.RefreshSigningKeysAsync(cancellationToken).ConfigureAwait(false);
        return IdTokenValidator.Validate(idToken, configuration, clientId, expectedNonce, _timeProvider.GetUtcNow());
    }
}
