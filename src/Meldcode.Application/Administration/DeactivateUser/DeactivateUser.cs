using Meldcode.Domain.Administration;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.DeactivateUser;

/// <summary>
/// A deactivated user can no longer sign in, and their open sessions end at their next request. Nobody
/// deactivates themselves, and the last active functioneel beheerder stays.
/// </summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record DeactivateUserCommand(Guid UserId, int Version) : IRequest<Unit>;

public sealed class DeactivateUserCommandHandler(AdministrationChanges changes) : IRequestHandler<DeactivateUserCommand, Unit>
{
    public async Task<Unit> Handle(DeactivateUserCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        if (user.Id == administrator.UserId)
        {
            throw new DomainException("Je kunt jezelf niet deactiveren. Vraag een andere functioneel beheerder om dat te doen.");
        }

        if (!user.IsActive)
        {
            throw new DomainException("Deze gebruiker is al gedeactiveerd.");
        }

        if (user.HasRole(Role.FunctionalAdministrator))
        {
            await changes.EnsureAnotherActiveAdministratorAsync(user, cancellationToken).ConfigureAwait(false);
        }

        user.Deactivate();
        var sessions = await changes.Context.UserSessions.Where(s => s.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        changes.Context.UserSessions.RemoveRange(sessions);
        changes.Context.FormDrafts.RemoveRange(await changes.Context.FormDrafts.Where(d => d.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        await changes.SaveAsync(administrator, AdministrationAction.UserDeactivated, user.Id, AdministrationPhrases.Deactivated(user, sessions.Count), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
