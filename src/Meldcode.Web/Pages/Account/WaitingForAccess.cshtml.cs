using Meldcode.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Account;

/// <summary>
/// "Wacht op toegang": where someone lands who signed in but holds no role yet (every other page sends them
/// here). It shows their user code, for the functioneel beheerder; once they have a role, it sends them on to
/// their start page.
/// </summary>
[Authorize(Policy = DependencyInjection.SignedInWithoutRolePolicy)]
public sealed class WaitingForAccessModel : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public Guid UserCode { get; private set; }

    public IActionResult OnGet()
    {
        if (!SessionClaims.IsWaitingForAccess(User))
        {
            return LocalRedirect("/");
        }

        DisplayName = User.Identity?.Name ?? string.Empty;
        UserCode = SessionClaims.UserId(User) ?? Guid.Empty;
        return Page();
    }
}
