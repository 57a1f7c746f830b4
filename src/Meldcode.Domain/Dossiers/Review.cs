using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Why a decision goes to a second pair of eyes (four-eyes on reports).</summary>
public enum ReviewReason
{
    /// <summary>The professional decided to report to Veilig Thuis, as the afwegingskader advised.</summary>
    Report = 1,

    /// <summary>The decision deviates from what the afwegingskader advised (with or without a report).</summary>
    Deviation = 2,
}

public enum ReviewStatus
{
    Awaiting = 1,

    /// <summary>The reviewer co-signed the decision, with an optional comment.</summary>
    CoSigned = 2,

    /// <summary>The reviewer disagrees, with a written reason. The decision stands: the meldcode leaves it to the professional.</summary>
    Disagreed = 3,
}

/// <summary>
/// A review of a decision by an aandachtsfunctionaris (or the reviewer the organisation named): co-signed or
/// disagreed. Disagreement does not block anything; it is recorded beside the decision for everyone who reads it.
/// </summary>
public sealed class Review
{
    /// <summary>A reason to disagree is written out, at least this long.</summary>
    public const int MinimumReasonLength = 20;

    private Review()
    {
    }

    internal Review(Guid decisionId, ReviewReason reason, Guid? reviewerId, DateTimeOffset requestedAt)
    {
        Id = Guid.NewGuid();
        DecisionId = decisionId;
        Reason = Guard.Defined(reason);
        ReviewerId = reviewerId;
        RequestedAt = requestedAt;
        Status = ReviewStatus.Awaiting;
    }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; private set; }

    public ReviewReason Reason { get; private set; }

    /// <summary>The reviewer the organisation named, when no aandachtsfunctionaris of the team could review; null: the team's aandachtsfunctionarissen.</summary>
    public Guid? ReviewerId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ReviewStatus Status { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public string? ReviewedByName { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The co-signer's comment (optional) or the reason for disagreeing (required).</summary>
    public string? Comment { get; private set; }

    public bool IsAwaiting => Status == ReviewStatus.Awaiting;

    internal void CoSign(string? comment, Actor reviewer, DateTimeOffset now) =>
        Complete(ReviewStatus.CoSigned, Texts.TrimmedOrNull(comment), reviewer, now);

    internal void Disagree(string reason, Actor reviewer, DateTimeOffset now)
    {
        var why = Texts.TrimmedOrNull(reason);
        if (why is null || why.Length < MinimumReasonLength)
        {
            throw new DomainException($"Leg in minstens {MinimumReasonLength} tekens uit waarom je het niet eens bent met het besluit.");
        }

        Complete(ReviewStatus.Disagreed, why, reviewer, now);
    }

    private void Complete(ReviewStatus status, string? comment, Actor reviewer, DateTimeOffset now)
    {
        if (!IsAwaiting)
        {
            throw new DomainException("Dit besluit is al beoordeeld.");
        }

        Status = status;
        Comment = comment;
        ReviewedBy = reviewer.UserId;
        ReviewedByName = reviewer.Name;
        ReviewedAt = now;
    }
}

/// <summary>Where a decision that needs four eyes goes, as the organisation's settings and the team decide it.</summary>
public sealed record ReviewRoute
{
    private ReviewRoute(bool fourEyes, Guid? namedReviewerId)
    {
        FourEyes = fourEyes;
        NamedReviewerId = namedReviewerId;
    }

    /// <summary>Four-eyes is off: no decision goes to review.</summary>
    public static ReviewRoute Off { get; } = new(false, null);

    /// <summary>To the aandachtsfunctionarissen of the dossier's team (any of them who does not work on the dossier).</summary>
    public static ReviewRoute TeamLeads { get; } = new(true, null);

    public bool FourEyes { get; }

    public Guid? NamedReviewerId { get; }

    /// <summary>To the reviewer the organisation named (another team's aandachtsfunctionaris, or the board), when the team has nobody else.</summary>
    public static ReviewRoute To(Guid namedReviewerId) => new(true, namedReviewerId);
}
