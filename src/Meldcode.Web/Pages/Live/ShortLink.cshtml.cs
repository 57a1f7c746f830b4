using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Live;

/// <summary>
/// The short link and the QR code lead here (<c>/d/123456</c>): to the join screen with the code filled in, so
/// joining stays one screen and one button.
/// </summary>
[AllowAnonymous]
public sealed class ShortLinkModel : PageModel
{
    public IActionResult OnGet(string code) => RedirectToPage("/Live/Join", new { code });
}
