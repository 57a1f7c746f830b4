using Meldcode.Domain.Common;

namespace Meldcode.Domain.Inbox;

/// <summary>What an item in the inbox is about.</summary>
public enum InboxItemKind
{
    /// <summary>A colleague asks this person for advice (the request is in the dossier).</summary>
    ConsultationRequest = 1,

    /// <summary>A professional opened a dossier in the team.</summary>
    DossierOpened = 2,

    /// <summary>Acute danger was recorded in a dossier of the team.</summary>
    AcuteDanger = 3,

    /// <summary>A decision deviates from the afwegingskader and waits for review.</summary>
    DeviationToReview = 4,

    /// <summary>A decision to report waits for co-signature.</summary>
    CoSignatureRequested = 5,

    /// <summary>A dossier was handed over to this person.</summary>
    DossierHandedOver = 6,

    /// <summary>
    /// This person's dossier was handed over to someone else (<see cref="InboxItem.HandedOverToName"/>). They can no longer
    /// open the dossier, so the item names who has it now and links nowhere.
    /// </summary>
    DossierHandedOverFromYou = 7,
}

public enum InboxItemStatus
{
    New = 1,
    Acknowledged = 2,
    Done = 3,
}

/// <summary>
/// Something that needs an aandachtsfunctionaris (or, for a dossier handed over, its new owner): new, then acknowledged
/// ("gezien", which the professional sees), then done. Items about a request or a review are done when that is answered;
/// the others when the recipient says so. Names no child: the dossier it points to says who it is about.
/// </summary>
public sealed class InboxItem
{
    private InboxItem()
    {
    }

    private InboxItem(Guid organisationId, Guid teamId, Guid dossierId, InboxItemKind kind, Guid? recipientId, Guid? subjectId, Actor raisedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        TeamId = teamId;
        DossierId = dossierId;
        Kind = Guard.Defined(kind);
        RecipientId = recipientId;
        SubjectId = subjectId;
        RaisedById = raisedBy.UserId;
        RaisedByName = raisedBy.Name;
        CreatedAt = now;
        Status = InboxItemStatus.New;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid DossierId { get; private set; }

    public InboxItemKind Kind { get; private set; }

    /// <summary>The one person the item is for; null: every aandachtsfunctionaris of the team.</summary>
    public Guid? RecipientId { get; private set; }

    /// <summary>The consultation request or review the item is about, so it is done when that is answered; null for the others.</summary>
    public Guid? SubjectId { get; private set; }

    public Guid RaisedById { get; private set; }

    public string RaisedByName { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public InboxItemStatus Status { get; private set; }

    public string? AcknowledgedByName { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? DoneByName { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>For <see cref="InboxItemKind.DossierHandedOverFromYou"/>: who owns the dossier now (as named when it was handed over).</summary>
    public string? HandedOverToName { get; private set; }

    public bool IsOpen => Status != InboxItemStatus.Done;

    /// <summary>Whether the item is done when what it is about is answered (a request for advice, a decision to review), and never by hand.</summary>
    public bool ClosesItself => WhyNotByHand(Kind) is not null;

    /// <summary>Why an item of this kind is not marked done by hand (it closes itself); null when it may be.</summary>
    public static string? WhyNotByHand(InboxItemKind kind) => kind switch
    {
        InboxItemKind.ConsultationRequest => "Dit bericht wordt afgehandeld als de adviesvraag is beantwoord.",
        InboxItemKind.DeviationToReview or InboxItemKind.CoSignatureRequested => "Dit bericht wordt afgehandeld als het besluit is beoordeeld.",
        _ => null,
    };

    /// <summary>An item for every aandachtsfunctionaris of the team.</summary>
    public static InboxItem ForTeamLeads(Guid organisationId, Guid teamId, Guid dossierId, InboxItemKind kind, Guid? subjectId, Actor raisedBy, DateTimeOffset now) =>
        new(organisationId, teamId, dossierId, kind, recipientId: null, subjectId, raisedBy, now);

    /// <summary>An item for one person.</summary>
    public static InboxItem ForPerson(Guid organisationId, Guid teamId, Guid dossierId, InboxItemKind kind, Guid recipientId, Guid? subjectId, Actor raisedBy, DateTimeOffset now) =>
        new(organisationId, teamId, dossierId, kind, recipientId, subjectId, raisedBy, now);

    /// <summary>For the previous owner of a dossier that was handed over: who has it now (they can no longer open it to see).</summary>
    public static InboxItem ForPreviousOwner(Guid organisationId, Guid teamId, Guid dossierId, Guid previousOwnerId, string newOwnerName, Actor raisedBy, DateTimeOffset now) =>
        new(organisationId, teamId, dossierId, InboxItemKind.DossierHandedOverFromYou, previousOwnerId, subjectId: null, raisedBy, now)
        {
            HandedOverToName = Texts.Trimmed(newOwnerName),
        };

    /// <summary>"Gezien": the recipient has seen it and will act; the professional sees who and when.</summary>
    public void Acknowledge(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != InboxItemStatus.New)
        {
            throw new DomainException(Status == InboxItemStatus.Done ? "Dit bericht is al afgehandeld." : "Dit bericht is al gezien.");
        }

        Status = InboxItemStatus.Acknowledged;
        AcknowledgedByName = actor.Name;
        AcknowledgedAt = now;
    }

    /// <summary>
    /// "Afgehandeld", by the recipient. Not for an item about a request for advice or a decision to review: that is done
    /// when the request is answered or the decision reviewed (<see cref="MarkDone"/>), so it cannot drop out of sight before.
    /// </summary>
    public void Complete(Actor actor, DateTimeOffset now)
    {
        if (Status != InboxItemStatus.Done && WhyNotByHand(Kind) is { } why)
        {
            throw new DomainException(why);
        }

        MarkDone(actor, now);
    }

    /// <summary>Done: by the recipient, or by itself when the request or review it is about is answered. Done implies seen.</summary>
    public void MarkDone(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == InboxItemStatus.Done)
        {
            throw new DomainException("Dit bericht is al afgehandeld.");
        }

        if (Status == InboxItemStatus.New)
        {
            AcknowledgedByName = actor.Name;
            AcknowledgedAt = now;
        }

        Status = InboxItemStatus.Done;
        DoneByName = actor.Name;
        DoneAt = now;
    }
}
