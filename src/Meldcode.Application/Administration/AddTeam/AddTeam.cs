using Meldcode.Domain.Administration;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.AddTeam;

[Authorize(Role.FunctionalAdministrator)]
public sealed record AddTeamCommand(string? Name) : IRequest<Guid>;

public sealed class AddTeamCommandHandler(AdministrationChanges changes) : IRequestHandler<AddTeamCommand, Guid>
{
    public async Task<Guid> Handle(AddTeamCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.OrganisationWithTeamsAsync(administrator, cancellationToken).ConfigureAwait(false);
        var team = organisation.AddTeam(request.Name!);
        await changes.SaveTeamAsync(administrator, AdministrationAction.TeamAdded, team, AdministrationPhrases.TeamAdded(team), cancellationToken).ConfigureAwait(false);
        return team.Id;
    }
}
