using Meldcode.Domain.Inbox;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Inbox.AcknowledgeInboxItem;

/// <summary>"Gezien": the user has seen the item and will act on it. The professional sees on the dossier who saw it and when.</summary>
[Authorize(Role.Professional, Role.SafeguardingLead, Role.Board)]
public sealed record AcknowledgeInboxItemCommand(Guid ItemId, int Version) : InboxItemChange(ItemId, Version);

public sealed class AcknowledgeInboxItemCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : InboxItemChangeHandler<AcknowledgeInboxItemCommand>(context, users, clock)
{
    protected override void Change(InboxItem item, Actor actor, DateTimeOffset now) => item.Acknowledge(actor, now);
}
