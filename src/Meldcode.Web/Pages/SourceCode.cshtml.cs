using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages;

/// <summary>
/// The licence and where to get the source code of the running version (EUPL-1.2: offering the program's
/// functions over a network counts as "Communication", which obliges offering its source; articles 1 and 5).
/// Open to everyone. The address is set by the operator in <c>SourceCode:Url</c>.
/// </summary>
[AllowAnonymous]
public sealed class SourceCodeModel(IConfiguration configuration) : PageModel
{
    public const string UrlKey = "SourceCode:Url";

    /// <summary>The source code address, when it is a valid http(s) address.</summary>
    public Uri? SourceUrl { get; } =
        Uri.TryCreate(configuration[UrlKey], UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;

    public void OnGet()
    {
    }
}
