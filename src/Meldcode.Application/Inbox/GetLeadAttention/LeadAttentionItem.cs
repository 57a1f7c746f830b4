using Meldcode.Domain.Inbox;

namespace Meldcode.Application.Inbox.GetLeadAttention;

/// <summary>Something of this dossier that went to the aandachtsfunctionaris, and whether they have seen it ("Gezien door … op …" or "Nog niet gezien").</summary>
public sealed record LeadAttentionItem(InboxItemKind Kind, string What, DateTimeOffset SentAt, InboxItemStatus Status, string StatusText)
{
    public bool IsSeen => Status != InboxItemStatus.New;
}
