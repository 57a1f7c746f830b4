using Meldcode.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Account;

/// <summary>Signing out happens only by POST (with the antiforgery token); a GET shows the confirmation button.</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(SessionClaims.Scheme);
        return LocalRedirect($"{DependencyInjection.SignInPath}?uitgelogd=true");
    }
}
