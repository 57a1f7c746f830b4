using MediatR;
using Meldcode.Application.Administration.GetAdministrationOverview;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin;

/// <summary>The admin area's start for the functioneel beheerder: who waits for access, and the latest changes.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public AdministrationOverviewDto Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await mediator.Send(new GetAdministrationOverviewQuery(), cancellationToken);
}
