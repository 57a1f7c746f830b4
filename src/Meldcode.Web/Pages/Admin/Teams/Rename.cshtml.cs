using MediatR;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Administration.RenameTeam;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Admin.Teams;

/// <summary>Gives a team or location a new name; everyone with a role there keeps it.</summary>
public sealed class RenameModel(IMediator mediator) : VersionedPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [FromFormFields]
    public RenameTeamCommand Command { get; set; } = null!;

    public TeamDto Team { get; private set; } = null!;

    /// <summary>The form starts with the name as it is.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Command = Command with { Name = Team.Name };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { TeamId = Id }, "team-hernoemd", cancellationToken);

    /// <summary>Back to the list of teams, which confirms the new name.</summary>
    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Admin/Teams/Index"));

    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        var teams = await Mediator.Send(new GetTeamsQuery(), cancellationToken);
        Team = teams.SingleOrDefault(t => t.Id == Id) ?? throw new NotFoundException(nameof(Team), Id);
        return Team.Version;
    }
}
