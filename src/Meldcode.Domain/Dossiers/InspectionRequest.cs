using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

public enum InspectionStatus
{
    /// <summary>Received; the answer is not given yet.</summary>
    Open = 1,

    /// <summary>The file (the export for the requester) was provided.</summary>
    Provided = 2,

    /// <summary>Refused, with a reason: at once because the requester may not receive the file, or later by the lead.</summary>
    Refused = 3,
}

/// <summary>
/// A request to see the file (inzageverzoek, AVG art. 15), part of the dossier it is about: who asks, their relation to
/// the child and whether they have parental authority, the child's age when the request came in, and the date received.
/// <see cref="InspectionRules"/> decides whether the requester may receive the file; one who may not is answered as
/// refused at once, with the reason. The answer is due within a month, extendable once by two months with a reason.
/// Changed only through <see cref="Dossier"/>, which writes each step to the chronology.
/// </summary>
public sealed class InspectionRequest
{
    private InspectionRequest()
    {
        RequesterName = RecordedByName = string.Empty;
    }

    internal InspectionRequest(string requesterName, RequesterRelation relation, bool hasParentalAuthority, int childAge, Guid? carerId, DateOnly receivedOn, Actor lead, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        RequesterName = Texts.Trimmed(requesterName);
        Relation = Guard.Defined(relation);
        HasParentalAuthority = relation is RequesterRelation.Parent or RequesterRelation.OtherCarer && hasParentalAuthority;
        ChildAge = childAge;
        CarerId = carerId;
        ReceivedOn = receivedOn;
        Deadline = InspectionRules.DeadlineFor(receivedOn);
        RecordedAt = now;
        RecordedBy = lead.UserId;
        RecordedByName = lead.Name;
        var verdict = InspectionRules.Decide(Relation, HasParentalAuthority, childAge);
        MayReceive = verdict.MayReceive;
        Status = InspectionStatus.Open;
        if (!verdict.MayReceive)
        {
            Answer(InspectionStatus.Refused, DutchTime.Today(now), verdict.RefusalReason, now);
        }
    }

    public Guid Id { get; private set; }

    /// <summary>The requester's name as they gave it.</summary>
    public string RequesterName { get; private set; }

    public RequesterRelation Relation { get; private set; }

    /// <summary>Whether the requester (a parent or carer) has parental authority (gezag); false for the child and anyone else.</summary>
    public bool HasParentalAuthority { get; private set; }

    /// <summary>The child's age on the day the request came in (from the date of birth in the dossier).</summary>
    public int ChildAge { get; private set; }

    /// <summary>The carer of the dossier who asks, when the requester is one: their own details are not withheld from them.</summary>
    public Guid? CarerId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>When the answer is due: a month after receipt, or three once extended.</summary>
    public DateOnly Deadline { get; private set; }

    public DateTimeOffset? ExtendedAt { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public string RecordedByName { get; private set; }

    /// <summary>Whether the rules let this requester receive the file.</summary>
    public bool MayReceive { get; private set; }

    public InspectionStatus Status { get; private set; }

    /// <summary>The day the file was provided, or the request refused.</summary>
    public DateOnly? AnsweredOn { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Why the request was refused (the rules' reason, or the lead's).</summary>
    public string? RefusalReason { get; private set; }

    /// <summary>The reference of the latest export made for the requester.</summary>
    public string? ExportReference { get; private set; }

    public DateTimeOffset? ExportedAt { get; private set; }

    /// <summary>What the latest export withheld, and why (one line per item).</summary>
    public string? Withheld { get; private set; }

    public bool IsOpen => Status == InspectionStatus.Open;

    public bool IsExtended => ExtendedAt is not null;

    /// <summary>Whether the answer is late on <paramref name="today"/>: still open after the deadline.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && today > Deadline;

    internal void Extend(string reason, DateTimeOffset now)
    {
        EnsureOpen();
        if (IsExtended)
        {
            throw new DomainException("De termijn van dit inzageverzoek is al eens verlengd. Verlengen kan maar één keer.");
        }

        if (DutchTime.Today(now) > Deadline)
        {
            throw new DomainException($"De termijn is op {DutchTime.Date(Deadline)} verlopen. Verlengen moet je doen voordat de termijn voorbij is.");
        }

        Deadline = InspectionRules.ExtendedDeadlineFor(ReceivedOn);
        ExtendedAt = now;
        ExtensionReason = Texts.Trimmed(reason);
    }

    internal void RecordExport(string reference, string withheld, DateTimeOffset now)
    {
        EnsureOpen();
        if (!MayReceive)
        {
            throw new DomainException("Deze aanvrager mag het dossier niet ontvangen. Er is geen export te maken.");
        }

        ExportReference = reference;
        ExportedAt = now;
        Withheld = withheld;
    }

    internal void Provide(DateOnly providedOn, DateTimeOffset now)
    {
        EnsureOpen();
        if (!MayReceive)
        {
            throw new DomainException("Deze aanvrager mag het dossier niet ontvangen.");
        }

        if (ExportedAt is null)
        {
            throw new DomainException("Maak eerst de inzage-export voor de aanvrager. Daarin staat wat de aanvrager krijgt, zonder gegevens van anderen.");
        }

        EnsureDate(providedOn, now);
        Answer(InspectionStatus.Provided, providedOn, null, now);
    }

    internal void Refuse(string reason, DateOnly refusedOn, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureDate(refusedOn, now);
        Answer(InspectionStatus.Refused, refusedOn, Texts.Trimmed(reason), now);
    }

    private void EnsureDate(DateOnly answeredOn, DateTimeOffset now)
    {
        if (answeredOn < ReceivedOn)
        {
            throw new DomainException($"Het antwoord kan niet eerder zijn dan de ontvangst van het verzoek ({DutchTime.Date(ReceivedOn)}).");
        }

        if (answeredOn > DutchTime.Today(now))
        {
            throw new DomainException("De datum van het antwoord ligt in de toekomst.");
        }
    }

    private void Answer(InspectionStatus status, DateOnly on, string? reason, DateTimeOffset now)
    {
        Status = status;
        AnsweredOn = on;
        AnsweredAt = now;
        RefusalReason = reason;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("Dit inzageverzoek is al beantwoord.");
        }
    }
}
