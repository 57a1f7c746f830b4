using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.ChangeTeamSector;

/// <summary>Puts a team or location in another sector. Its new dossiers follow that sector; dossiers already open keep theirs.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ChangeTeamSectorCommand(Guid TeamId, int Version, Sector? Sector) : IRequest<Unit>;

public sealed class ChangeTeamSectorCommandHandler(AdministrationChanges changes) : IRequestHandler<ChangeTeamSectorCommand, Unit>
{
    public async Task<Unit> Handle(ChangeTeamSectorCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.OrganisationWithTeamsAsync(administrator, cancellationToken).ConfigureAwait(false);
        var team = organisation.Teams.SingleOrDefault(t => t.Id == request.TeamId) ?? throw new NotFoundException(nameof(Team), request.TeamId);
        changes.Context.EnsureVersion(team, request.Version, ConcurrencyConflictException.GeneralDutchMessage);
        var oldSector = team.Sector;
        organisation.ChangeTeamSector(team.Id, request.Sector!.Value);
        if (team.Sector == oldSector)
        {
            return Unit.Value;
        }

        await changes.SaveTeamAsync(administrator, AdministrationAction.TeamSectorChanged, team, AdministrationPhrases.TeamSectorChanged(oldSector, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
