using Microsoft.AspNetCore.Authentication.OAuth;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// The OAuth handler's options plus what OpenID Connect adds. Filled from <c>Authentication:Oidc</c>
/// (<see cref="Configuration.IdentityProviderOptions"/>). The endpoints are not options: they come from
/// discovery when a sign-in starts.
/// </summary>
internal sealed class OidcSignInOptions : OAuthOptions
{
    public PathString SignedOutCallbackPath { get; set; }

    public bool RequireMfa { get; set; }

    public IList<string> MfaAcrValues { get; } = new List<string>();

    public string? RoleClaim { get; set; }

    /// <summary>
    /// As <see cref="OAuthOptions.Validate()"/>, except that the authorization and token endpoints are not
    /// required here: they are read from the discovery document, lazily.
    /// </summary>
    public override void Validate()
    {
        if (string.IsNullOrEmpty(ClientId))
        {
            throw new ArgumentException("Authentication:Oidc:ClientId must be provided.", nameof(ClientId));
        }

        if (string.IsNullOrEmpty(ClientSecret))
        {
            throw new ArgumentException("Authentication:Oidc:ClientSecret must be provided.", nameof(ClientSecret));
        }

        if (!CallbackPath.HasValue)
        {
            throw new ArgumentException("Authentication:Oidc:CallbackPath must be provided.", nameof(CallbackPath));
        }

        if (string.IsNullOrEmpty(SignInScheme))
        {
            throw new ArgumentException("The sign-in scheme (the session cookie) must be provided.", nameof(SignInScheme));
        }
    }
}
