using MediatR;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Administration.RenameTeam;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin.Teams;

/// <summary>Gives a team or location a new name; everyone with a role there keeps it.</summary>
public sealed class RenameModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public TeamDto Team { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadForRedisplayAsync(afterConflict: true, cancellationToken);
        Name = Team.Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RenameTeamCommand(Id, Version, Name), cancellationToken);
        return RedirectToPage("/Admin/Teams/Index", new { opgeslagen = "team-hernoemd" });
    }

    /// <summary>The team as it is now; after a conflict the form takes its current version.</summary>
    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        var teams = await mediator.Send(new GetTeamsQuery(), cancellationToken);
        Team = teams.SingleOrDefault(t => t.Id == Id) ?? throw new NotFoundException(nameof(Team), Id);
        if (afterConflict)
        {
            Version = Team.Version;
        }
    }
}
