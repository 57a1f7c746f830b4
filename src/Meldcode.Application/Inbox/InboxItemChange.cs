using Meldcode.Domain.Inbox;

namespace Meldcode.Application.Inbox;

/// <summary>A change to one item in the user's postvak, made at the version the user saw.</summary>
public abstract record InboxItemChange(Guid ItemId, int Version) : IRequest<Unit>;

/// <summary>
/// Load the item (only one of the user's: someone else's is not found, as an unknown one), check the version, change it,
/// save. A version that moved on — a colleague of the same team marked it meanwhile — gives the conflict message.
/// </summary>
public abstract class InboxItemChangeHandler<TCommand>(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<TCommand, Unit>
    where TCommand : InboxItemChange
{
    public async Task<Unit> Handle(TCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var item = await InboxScope.LoadAsync(context, user, request.ItemId, cancellationToken).ConfigureAwait(false);
        context.EnsureVersion(item, request.Version, ConcurrencyConflictException.GeneralDutchMessage);
        Change(item, user.Actor, clock.GetUtcNow());
        await context.SaveOrConflictAsync(ConcurrencyConflictException.GeneralDutchMessage, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    protected abstract void Change(InboxItem item, Actor actor, DateTimeOffset now);
}
