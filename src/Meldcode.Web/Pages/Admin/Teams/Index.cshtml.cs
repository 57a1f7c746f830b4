using MediatR;
using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Domain.Organisations;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin.Teams;

/// <summary>The organisation's teams and locations; add one here, rename one on its own page.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [FromFormFields]
    public AddTeamCommand Command { get; set; } = null!;

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public IReadOnlyList<TeamDto> Teams { get; private set; } = [];

    /// <summary>The organisation's sector: a new team's unless another is chosen.</summary>
    public Sector OrganisationSector { get; private set; }

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadForRedisplayAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Command, cancellationToken);
        return this.Confirm("team-toegevoegd", RedirectToPage("/Admin/Teams/Index"));
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        Teams = await mediator.Send(new GetTeamsQuery(), cancellationToken);
        OrganisationSector = (await mediator.Send(new GetOrganisationSettingsQuery(), cancellationToken)).Sector;
    }
}
