using Meldcode.Domain.Common;

namespace Meldcode.Domain.Retention;

/// <summary>What kind of record was deleted.</summary>
public enum DeletedRecordKind
{
    /// <summary>A meldcode dossier.</summary>
    Dossier = 1,

    /// <summary>A staff-member record (vermoeden tegen een medewerker).</summary>
    StaffConcern = 2,
}

/// <summary>Why a record was deleted.</summary>
public enum DeletionReason
{
    /// <summary>The retention term ended (the daily job).</summary>
    TermEnded = 1,

    /// <summary>Destroyed early on request of a parent or the child, granted by the aandachtsfunctionaris.</summary>
    DestroyedOnRequest = 2,
}

/// <summary>
/// The trace a deleted record leaves (verwijderverslag): its number, when it was opened and closed, the term, when and
/// why it was deleted — never a name or any content. Written in the same transaction as the deletion, and the only
/// thing that lets that transaction remove the record's append-only chronology (it is the deletion's permit). Never
/// changed or removed itself.
/// </summary>
public sealed class DeletionRecord
{
    public const int NumberMaxLength = 40;

    private DeletionRecord()
    {
        Number = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DeletedRecordKind Kind { get; private set; }

    /// <summary>The deleted record's id (it no longer resolves to anything).</summary>
    public Guid RecordId { get; private set; }

    public string Number { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The term that applied, in years; null for an early destruction of a record that was never closed.</summary>
    public int? RetentionYears { get; private set; }

    public DateTimeOffset DeletedAt { get; private set; }

    public DeletionReason Reason { get; private set; }

    /// <summary>For a destruction on request: the decision's reason, as the aandachtsfunctionaris wrote it.</summary>
    public string? DecisionReason { get; private set; }

    /// <summary>Who decided (for a destruction on request), or the job's name.</summary>
    public string DeletedByName { get; private set; } = string.Empty;

    /// <summary>The term ended: the daily job deletes the record.</summary>
    public static DeletionRecord TermEnded(Guid organisationId, DeletedRecordKind kind, Guid recordId, string number, DateTimeOffset openedAt, DateTimeOffset closedAt, int years, string jobName, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Kind = kind,
            RecordId = recordId,
            Number = number,
            OpenedOn = DutchTime.Today(openedAt),
            ClosedOn = DutchTime.Today(closedAt),
            RetentionYears = years,
            DeletedAt = now,
            Reason = DeletionReason.TermEnded,
            DeletedByName = jobName,
        };

    /// <summary>A request to destroy the record early was granted.</summary>
    public static DeletionRecord DestroyedOnRequest(Guid organisationId, Guid dossierId, string number, DateTimeOffset openedAt, DateTimeOffset? closedAt, int years, string decisionReason, Actor decidedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decidedBy);
        return new()
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Kind = DeletedRecordKind.Dossier,
            RecordId = dossierId,
            Number = number,
            OpenedOn = DutchTime.Today(openedAt),
            ClosedOn = closedAt is { } closed ? DutchTime.Today(closed) : null,
            RetentionYears = years,
            DeletedAt = now,
            Reason = DeletionReason.DestroyedOnRequest,
            DecisionReason = Texts.Trimmed(decisionReason),
            DeletedByName = decidedBy.Name,
        };
    }

    /// <summary>The reason in plain Dutch, as the lists show it.</summary>
    public string ReasonText => Reason == DeletionReason.TermEnded
        ? "bewaartermijn verstreken"
        : $"vernietigd op verzoek. Reden: {DecisionReason}";
}
