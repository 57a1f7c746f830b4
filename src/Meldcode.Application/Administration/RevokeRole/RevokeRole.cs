using Meldcode.Domain.Administration;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.RevokeRole;

/// <summary>Takes a role away from a user. The last active functioneel beheerder keeps theirs.</summary>
[Authorize(Domain.Users.Role.FunctionalAdministrator)]
public sealed record RevokeRoleCommand(Guid UserId, int Version, Role? Role, Guid? TeamId) : IRequest<Unit>;

public sealed class RevokeRoleCommandHandler(AdministrationChanges changes) : IRequestHandler<RevokeRoleCommand, Unit>
{
    public async Task<Unit> Handle(RevokeRoleCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        var team = await changes.TeamOfOrganisationAsync(administrator, request.TeamId, cancellationToken).ConfigureAwait(false);
        var role = request.Role!.Value;
        if (role == Role.FunctionalAdministrator && user.IsActive)
        {
            await changes.EnsureAnotherActiveAdministratorAsync(user, cancellationToken).ConfigureAwait(false);
        }

        if (!user.Revoke(role, request.TeamId))
        {
            throw new DomainException("Deze gebruiker heeft deze rol niet (meer).");
        }

        await changes.SaveAsync(administrator, AdministrationAction.RoleRevoked, user.Id, AdministrationPhrases.RoleRevoked(user, role, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
