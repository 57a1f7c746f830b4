using Meldcode.Domain.Inbox;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Inbox.CompleteInboxItem;

/// <summary>
/// "Afgehandeld": the user is done with the item. Not for a request for advice or a decision to review: those are done when
/// answered or reviewed (the domain refuses with a message that says so).
/// </summary>
[Authorize(Role.Professional, Role.SafeguardingLead, Role.Board)]
public sealed record CompleteInboxItemCommand(Guid ItemId, int Version) : InboxItemChange(ItemId, Version);

public sealed class CompleteInboxItemCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : InboxItemChangeHandler<CompleteInboxItemCommand>(context, users, clock)
{
    protected override void Change(InboxItem item, Actor actor, DateTimeOffset now) => item.Complete(actor, now);
}
