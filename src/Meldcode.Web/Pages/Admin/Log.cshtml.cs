using MediatR;
using Meldcode.Application.Administration.GetAdministrationLog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin;

/// <summary>The administration log: every change to users, roles, teams and settings, newest first. It cannot be changed.</summary>
public sealed class LogModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public AdministrationLogPage Log { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Log = await mediator.Send(new GetAdministrationLogQuery(PageNumber), cancellationToken);
}
