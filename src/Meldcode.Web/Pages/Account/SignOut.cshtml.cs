using System.Security.Claims;
using MediatR;
using Meldcode.Application.Authentication.EndSession;
using Meldcode.Web.Security;
using Meldcode.Web.Security.OpenIdConnect;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Account;

/// <summary>
/// Signing out happens only by POST (with the antiforgery token); a GET shows the confirmation button. The
/// session ends here first; when the organisation's provider offers an end-session endpoint, the browser is
/// then sent on to it (with the ID token as hint) and comes back to the sign-in page. The session is removed on
/// the server too, so a copy of the cookie is refused afterwards. Open to people still waiting for access.
/// </summary>
[Authorize(Policy = DependencyInjection.SignedInWithoutRolePolicy)]
public sealed class SignOutModel : PageModel
{
    private readonly IProviderSignOut _providerSignOut;
    private readonly IMediator _mediator;

    public SignOutModel(IProviderSignOut providerSignOut, IMediator mediator)
    {
        _providerSignOut = providerSignOut;
        _mediator = mediator;
    }

    public Uri? EndSessionUri { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var session = await HttpContext.AuthenticateAsync(SessionClaims.Scheme);
        var idToken = session.Properties?.GetTokenValue(OrganisationSignIn.IdTokenName);
        if (SessionClaims.SessionId(User) is { } sessionId)
        {
            await _mediator.Send(new EndSessionCommand(sessionId), cancellationToken);
        }

        await HttpContext.SignOutAsync(SessionClaims.Scheme);

        EndSessionUri = await _providerSignOut.EndSessionUriAsync(Request, idToken, cancellationToken);
        if (EndSessionUri is null)
        {
            return LocalRedirect(OrganisationSignIn.SignedOutPath);
        }

        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity()); // the page below is rendered signed out
        return Page();
    }
}
