using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.AddTeam;

/// <summary>Adds a team or location, in the chosen sector or else the organisation's.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record AddTeamCommand(string? Name, Sector? Sector = null) : IRequest<Guid>;

public sealed class AddTeamCommandHandler(AdministrationChanges changes) : IRequestHandler<AddTeamCommand, Guid>
{
    public async Task<Guid> Handle(AddTeamCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.OrganisationWithTeamsAsync(administrator, cancellationToken).ConfigureAwait(false);
        var team = organisation.AddTeam(request.Name!, request.Sector);
        await changes.SaveTeamAsync(administrator, AdministrationAction.TeamAdded, team, AdministrationPhrases.TeamAdded(team, organisation.Sector), cancellationToken).ConfigureAwait(false);
        return team.Id;
    }
}
