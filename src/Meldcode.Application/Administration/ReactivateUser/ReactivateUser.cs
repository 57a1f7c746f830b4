using Meldcode.Domain.Administration;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.ReactivateUser;

/// <summary>A deactivated user may sign in again, with the roles they had.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ReactivateUserCommand(Guid UserId, int Version) : IRequest<Unit>;

public sealed class ReactivateUserCommandHandler(AdministrationChanges changes) : IRequestHandler<ReactivateUserCommand, Unit>
{
    public async Task<Unit> Handle(ReactivateUserCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        if (user.IsActive)
        {
            throw new DomainException("Deze gebruiker is al actief.");
        }

        user.Reactivate();
        await changes.SaveAsync(administrator, AdministrationAction.UserReactivated, user.Id, AdministrationPhrases.Reactivated(user), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
