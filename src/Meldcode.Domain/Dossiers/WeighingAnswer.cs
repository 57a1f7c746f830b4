using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>One answer to a question of the afwegingskader, with its grounds. Superseded answers stay, marked.</summary>
public sealed class WeighingAnswer
{
    private WeighingAnswer()
    {
        Rationale = string.Empty;
    }

    internal WeighingAnswer(WeighingQuestion question, bool yes, bool? acute, bool? structural, string rationale, DateTimeOffset answeredAt, Guid answeredBy)
    {
        Id = Guid.NewGuid();
        Question = question;
        Yes = yes;
        AcuteUnsafety = acute;
        StructuralUnsafety = structural;
        Rationale = Texts.Trimmed(rationale);
        AnsweredAt = answeredAt;
        AnsweredBy = answeredBy;
    }

    public Guid Id { get; private set; }

    public WeighingQuestion Question { get; private set; }

    public bool Yes { get; private set; }

    /// <summary>Question 2 only.</summary>
    public bool? AcuteUnsafety { get; private set; }

    /// <summary>Question 2 only.</summary>
    public bool? StructuralUnsafety { get; private set; }

    public string Rationale { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public Guid AnsweredBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    internal void Supersede(DateTimeOffset at) => SupersededAt = at;
}
