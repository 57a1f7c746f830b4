using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Account;

/// <summary>The refusal when the provider did not confirm a multi-factor sign-in and the installation requires one.</summary>
[AllowAnonymous]
public sealed class MfaRequiredModel : PageModel
{
    public IActionResult OnGet() => new PageResult { StatusCode = StatusCodes.Status403Forbidden };
}
