using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Step 5: what the professional decided, against what the framework recommended.</summary>
public sealed class Decision
{
    public const int MinimumJustificationLength = 20;

    private Decision()
    {
        Grounds = string.Empty;
    }

    internal Decision(Outcome outcome, Outcome recommended, string grounds, string? deviationJustification, DateTimeOffset decidedAt, Guid decidedBy)
    {
        Grounds = Texts.Trimmed(grounds);
        IsDeviation = Afwegingskader.Deviates(Guard.Defined(outcome), recommended);
        if (IsDeviation)
        {
            var justification = Texts.TrimmedOrNull(deviationJustification);
            if (justification is null || justification.Length < MinimumJustificationLength)
            {
                throw new DomainException(
                    $"Je besluit wijkt af van wat het afwegingskader aanraadt. Dat mag, maar leg in minstens {MinimumJustificationLength} tekens uit waarom.");
            }

            DeviationJustification = justification;
        }

        Id = Guid.NewGuid();
        Outcome = outcome;
        Recommended = recommended;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
    }

    public Guid Id { get; private set; }

    public Outcome Outcome { get; private set; }

    public Outcome Recommended { get; private set; }

    public bool IsDeviation { get; private set; }

    public string? DeviationJustification { get; private set; }

    public string Grounds { get; private set; }

    /// <summary>What the framework adds to this decision without it being a deviation (see <see cref="Afwegingskader.AdviceBeside"/>); null when nothing.</summary>
    public string? Advice => Afwegingskader.AdviceBeside(Outcome, Recommended);

    public DateTimeOffset DecidedAt { get; private set; }

    public Guid DecidedBy { get; private set; }
}
