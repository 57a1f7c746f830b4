using Meldcode.Domain.StaffConcerns;

namespace Meldcode.Application.StaffConcerns;

/// <summary>
/// A use case that makes one change to a staff-member record: the handler says only what the change is;
/// loading what the board may see, the version check, the time and saving are done here.
/// </summary>
public abstract class StaffConcernChangeHandler<TCommand>(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<TCommand, Unit>
    where TCommand : StaffConcernChange
{
    public async Task<Unit> Handle(TCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await StaffConcernAccess.LoadVisibleAsync(context, user, request.Id, tracking: true, cancellationToken).ConfigureAwait(false);
        context.EnsureVersion(concern, request.Version);
        Change(concern, request, clock.GetUtcNow());
        await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    /// <summary>The change itself, on the loaded record, at <paramref name="now"/>.</summary>
    protected abstract void Change(StaffConcern concern, TCommand command, DateTimeOffset now);
}
