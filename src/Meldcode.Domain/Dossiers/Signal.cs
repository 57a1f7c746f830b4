using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Step 1: one observed signal, with facts, the child's own words and the interpretation kept apart.</summary>
public sealed class Signal
{
    private Signal()
    {
        ObservedBy = Facts = string.Empty;
    }

    internal Signal(SignalInput input, DateTimeOffset recordedAt, Guid recordedBy)
    {
        Id = Guid.NewGuid();
        ObservedOn = input.ObservedOn;
        ObservedAt = input.ObservedAt;
        Place = Texts.TrimmedOrNull(input.Place);
        ObservedBy = Texts.Trimmed(input.ObservedBy);
        Source = Guard.Defined(input.Source);
        ToldBy = input.Source == SignalSource.ToldBySomeone ? Texts.Trimmed(input.ToldBy) : null;
        Category = Guard.Defined(input.Category);
        Facts = Texts.Trimmed(input.Facts);
        ChildsOwnWords = Texts.TrimmedOrNull(input.ChildsOwnWords);
        Interpretation = Texts.TrimmedOrNull(input.Interpretation);
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public DateOnly ObservedOn { get; private set; }

    public TimeOnly? ObservedAt { get; private set; }

    public string? Place { get; private set; }

    public string ObservedBy { get; private set; }

    public SignalSource Source { get; private set; }

    public string? ToldBy { get; private set; }

    public SignalCategory Category { get; private set; }

    /// <summary>What was seen or heard — no opinions.</summary>
    public string Facts { get; private set; }

    /// <summary>The child's own words, quoted literally.</summary>
    public string? ChildsOwnWords { get; private set; }

    /// <summary>The child's own words in one pair of quotation marks, as the record, the chronology and the documents show them.</summary>
    public string? QuotedChildsOwnWords => ChildsOwnWords is null ? null : Quotation.Quote(ChildsOwnWords);

    /// <summary>What the professional makes of it.</summary>
    public string? Interpretation { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public bool IsContraIndication => Category == SignalCategory.ContraIndication;

    public IReadOnlyList<SignalHint> Hints => SignalQualityHints.For(Facts, ObservedOn);
}
