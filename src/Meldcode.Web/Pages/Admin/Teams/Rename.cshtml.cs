using MediatR;
using Meldcode.Application.Administration.ChangeTeamSector;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Administration.RenameTeam;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Admin.Teams;

/// <summary>Gives a team or location a new name, or puts it in another sector; everyone with a role there keeps it.</summary>
public sealed class RenameModel(IMediator mediator) : VersionedPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [FromFormFields]
    public RenameTeamCommand Command { get; set; } = null!;

    [FromFormFields]
    public ChangeTeamSectorCommand SectorCommand { get; set; } = null!;

    public TeamDto Team { get; private set; } = null!;

    /// <summary>The forms start with the name and the sector as they are.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Command = Command with { Name = Team.Name };
        SectorCommand = SectorCommand with { Sector = Team.Sector };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { TeamId = Id }, "team-hernoemd", cancellationToken);

    public Task<IActionResult> OnPostSectorAsync(CancellationToken cancellationToken) =>
        SaveAsync(SectorCommand with { TeamId = Id }, "team-sector", cancellationToken);

    /// <summary>Back to the list of teams, which confirms the new name.</summary>
    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Admin/Teams/Index"));

    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        var teams = await Mediator.Send(new GetTeamsQuery(), cancellationToken);
        Team = teams.SingleOrDefault(t => t.Id == Id) ?? throw new NotFoundException(nameof(Team), Id);

        // Shown again after a refused post, the form that was not sent shows what is saved; the one that was keeps what was typed.
        var sectorPosted = string.Equals(Request.Query["handler"], "Sector", StringComparison.OrdinalIgnoreCase);
        if (HttpMethods.IsPost(Request.Method))
        {
            Command = sectorPosted ? Command with { Name = Team.Name } : Command;
            SectorCommand = sectorPosted ? SectorCommand : SectorCommand with { Sector = Team.Sector };
        }

        return Team.Version;
    }
}
