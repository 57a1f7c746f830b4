using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>What in a dossier needs the aandachtsfunctionaris, in the order it needs them (most urgent first).</summary>
[Flags]
public enum DossierFlag
{
    None = 0,

    /// <summary>Acute danger was recorded in the dossier.</summary>
    Acute = 1,

    /// <summary>A decision deviates from the afwegingskader and waits for review.</summary>
    DeviationAwaitingReview = 2,

    /// <summary>A decision to report waits for co-signature.</summary>
    AwaitingCoSignature = 4,

    /// <summary>The meldnorm says report, and no report is recorded yet.</summary>
    ReportDue = 8,

    /// <summary>The owner is deactivated: nobody works on the dossier until it is handed over.</summary>
    NoActiveOwner = 16,

    /// <summary>The evaluation date of the help has passed without an evaluation.</summary>
    EvaluationOverdue = 32,

    /// <summary>No step change or entry for the organisation's number of working days.</summary>
    Stalled = 64,
}

/// <summary>The facts of an open dossier the flags are read from (the stored columns a list query can select).</summary>
public sealed record DossierFlagFacts(
    bool IsAcute,
    ReviewReason? AwaitingReview,
    bool ReportDue,
    bool OwnerIsActive,
    DateOnly? NextEvaluationDate,
    DateTimeOffset LastActivityAt);

/// <summary>The flags of the aandachtsfunctionaris's overview, as rules.</summary>
public static class DossierFlags
{
    public const int DefaultStalledAfterWorkingDays = 10;

    /// <summary>Every flag, most urgent first (the overview sorts on them in this order).</summary>
    public static IReadOnlyList<DossierFlag> All { get; } =
    [
        DossierFlag.Acute, DossierFlag.DeviationAwaitingReview, DossierFlag.AwaitingCoSignature, DossierFlag.ReportDue,
        DossierFlag.NoActiveOwner, DossierFlag.EvaluationOverdue, DossierFlag.Stalled,
    ];

    public static DossierFlag For(DossierFlagFacts facts, DateOnly today, int stalledAfterWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var flags = DossierFlag.None;
        if (facts.IsAcute)
        {
            flags |= DossierFlag.Acute;
        }

        flags |= facts.AwaitingReview switch
        {
            ReviewReason.Deviation => DossierFlag.DeviationAwaitingReview,
            ReviewReason.Report => DossierFlag.AwaitingCoSignature,
            _ => DossierFlag.None,
        };
        if (facts.ReportDue)
        {
            flags |= DossierFlag.ReportDue;
        }

        if (!facts.OwnerIsActive)
        {
            flags |= DossierFlag.NoActiveOwner;
        }

        if (IsEvaluationOverdue(facts.NextEvaluationDate, today))
        {
            flags |= DossierFlag.EvaluationOverdue;
        }

        if (IsStalled(facts.LastActivityAt, today, stalledAfterWorkingDays))
        {
            flags |= DossierFlag.Stalled;
        }

        return flags;
    }

    /// <summary>The evaluation was due before today (on the day itself it is due, not overdue).</summary>
    public static bool IsEvaluationOverdue(DateOnly? evaluationDate, DateOnly today) => evaluationDate < today;

    public static bool IsStalled(DateTimeOffset lastActivityAt, DateOnly today, int stalledAfterWorkingDays) =>
        WorkingDays.Between(DutchTime.Today(lastActivityAt), today) >= stalledAfterWorkingDays;

    /// <summary>
    /// The moment before which a last activity makes a dossier stalled today: the same rule as <see cref="IsStalled"/>,
    /// as one comparison a database can make.
    /// </summary>
    public static DateTimeOffset StalledBefore(DateOnly today, int stalledAfterWorkingDays) =>
        DutchTime.StartOf(WorkingDays.Before(today, stalledAfterWorkingDays).AddDays(1));
}
