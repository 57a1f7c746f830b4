using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.RenameTeam;

[Authorize(Role.FunctionalAdministrator)]
public sealed record RenameTeamCommand(Guid TeamId, int Version, string? Name) : IRequest<Unit>;

public sealed class RenameTeamCommandHandler(AdministrationChanges changes) : IRequestHandler<RenameTeamCommand, Unit>
{
    public async Task<Unit> Handle(RenameTeamCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.OrganisationWithTeamsAsync(administrator, cancellationToken).ConfigureAwait(false);
        var team = organisation.Teams.SingleOrDefault(t => t.Id == request.TeamId) ?? throw new NotFoundException(nameof(Team), request.TeamId);
        changes.Context.EnsureVersion(team, request.Version, ConcurrencyConflictException.GeneralDutchMessage);
        var oldName = team.Name;
        organisation.RenameTeam(team.Id, request.Name!);
        if (team.Name == oldName)
        {
            return Unit.Value;
        }

        await changes.SaveTeamAsync(administrator, AdministrationAction.TeamRenamed, team, AdministrationPhrases.TeamRenamed(oldName, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
