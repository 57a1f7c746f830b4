using Meldcode.Domain.Inbox;

namespace Meldcode.Application.Inbox.GetInbox;

/// <summary>
/// One item in the inbox: what it is about, in which dossier (by number only: no child's name on a screen that is often
/// open), who raised it and when, where it stands, where opening it goes, and the version to send with "Gezien" or "Afgehandeld".
/// </summary>
public sealed record InboxListItem(
    Guid Id,
    int Version,
    InboxItemKind Kind,
    string KindText,
    string Summary,
    Guid DossierId,
    string DossierNumber,
    string RaisedByName,
    DateTimeOffset RaisedAt,
    InboxItemStatus Status,
    string StatusText,
    InboxLinkTarget Link,
    Guid? SubjectId)
{
    public bool CanAcknowledge => Status == InboxItemStatus.New;

    /// <summary>Whether the reader can mark it done by hand: not when it closes itself (a request for advice, a decision to review).</summary>
    public bool CanComplete => Status != InboxItemStatus.Done && InboxItem.WhyNotByHand(Kind) is null;

    /// <summary>Why it cannot be marked done by hand, for the reader ("… als de adviesvraag is beantwoord").</summary>
    public string? ClosesItselfText => Status == InboxItemStatus.Done ? null : InboxItem.WhyNotByHand(Kind);
}
