using MediatR;
using Meldcode.Application.Administration.SearchUsers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin.Users;

/// <summary>The organisation's users, searchable by name or e-mail address; people waiting for access come first.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Search { get; set; }

    public UserSearchResult Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await mediator.Send(new SearchUsersQuery(Search), cancellationToken);
}
