using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages;

/// <summary>What to do in acute danger. Open to everyone, also without signing in.</summary>
[AllowAnonymous]
public sealed class AcuteDangerModel : PageModel
{
}
