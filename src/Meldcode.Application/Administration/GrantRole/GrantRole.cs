using Meldcode.Domain.Administration;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GrantRole;

/// <summary>Gives a user a role; professional and aandachtsfunctionaris are given for a team or location.</summary>
[Authorize(Domain.Users.Role.FunctionalAdministrator)]
public sealed record GrantRoleCommand(Guid UserId, int Version, Role? Role, Guid? TeamId) : IRequest<Unit>;

public sealed class GrantRoleCommandHandler(AdministrationChanges changes) : IRequestHandler<GrantRoleCommand, Unit>
{
    public async Task<Unit> Handle(GrantRoleCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        if (user.Id == administrator.UserId)
        {
            // Administrators do not read dossiers; giving oneself a role that does would undo that unseen.
            throw new DomainException("Je kunt jezelf geen rol geven. Vraag een andere functioneel beheerder om dat te doen.");
        }

        var team = await changes.TeamOfOrganisationAsync(administrator, request.TeamId, cancellationToken).ConfigureAwait(false);

        var role = request.Role!.Value;
        user.Grant(role, team);
        await changes.SaveAsync(administrator, AdministrationAction.RoleGranted, user.Id, AdministrationPhrases.RoleGranted(user, role, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
