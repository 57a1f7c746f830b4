using Meldcode.Application.Authentication.Queries.GetSignInIdentity;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// The port between the verified identity from the organisation's provider and a Meldcode user. The
/// OpenID Connect component calls it once per successful sign-in and writes the result into the session
/// cookie (<see cref="SessionClaims.ToPrincipal"/>), exactly as the demo sign-in does.
/// <para>
/// To implement (provisioning): find the user linked to <see cref="ExternalIdentity.Issuer"/> +
/// <see cref="ExternalIdentity.Subject"/> — never by e-mail — and return their id, name and roles, or
/// null when this person may not sign in (unknown and not to be provisioned, or deactivated). Register the
/// implementation as scoped; it replaces <see cref="UnlinkedExternalSignIn"/>.
/// </para>
/// </summary>
public interface IExternalSignIn
{
    Task<SignInIdentity?> FindUserAsync(ExternalIdentity identity, CancellationToken cancellationToken);
}
