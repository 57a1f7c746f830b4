using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns.AcknowledgeStaffConcern;

/// <summary>A board member opened the concern: record when the board took notice (once).</summary>
[AccessLogged(AccessAction.Update, AccessSubject.StaffConcern)]
[Authorize(Role.Board)]
public sealed record AcknowledgeStaffConcernCommand(Guid Id) : IRequest<Unit>, IStaffConcernRequest;

public sealed class AcknowledgeStaffConcernCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<AcknowledgeStaffConcernCommand, Unit>
{
    public async Task<Unit> Handle(AcknowledgeStaffConcernCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await StaffConcernAccess.LoadVisibleAsync(context, user, request.Id, tracking: true, cancellationToken).ConfigureAwait(false);
        if (concern.BoardAcknowledgedAt is null)
        {
            concern.Acknowledge(clock.GetUtcNow());
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return Unit.Value;
    }
}
