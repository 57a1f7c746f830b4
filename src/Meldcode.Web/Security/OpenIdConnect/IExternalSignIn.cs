using Meldcode.Application.Authentication;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// The port between the verified identity from the organisation's provider and a Meldcode user. The
/// OpenID Connect component calls it once per successful sign-in and writes the identity into the session
/// cookie (<see cref="SessionClaims.ToPrincipal"/>), exactly as the demo sign-in does; a refusal ends on the
/// Dutch "Inloggen lukt nu niet" page. Implemented by <see cref="OrganisationAccountSignIn"/> (provisioning).
/// </summary>
public interface IExternalSignIn
{
    Task<SignInOutcome> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken);
}
