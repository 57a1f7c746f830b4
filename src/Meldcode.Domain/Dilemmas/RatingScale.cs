using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dilemmas;

/// <summary>A scale from 1 to 5 on which participants answer a decision point; the two ends carry a label.</summary>
public sealed record RatingScale
{
    public const int Lowest = 1;

    public const int Highest = 5;

    public const int LabelMax = 80;

    public RatingScale(string lowLabel, string highLabel)
    {
        LowLabel = Guard.RequiredText(lowLabel, FieldName.Singular("het label bij 1"), LabelMax);
        HighLabel = Guard.RequiredText(highLabel, FieldName.Singular("het label bij 5"), LabelMax);
        if (string.Equals(LowLabel, HighLabel, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("De labels bij 1 en 5 moeten verschillen.");
        }
    }

    /// <summary>What 1 means.</summary>
    public string LowLabel { get; }

    /// <summary>What 5 means.</summary>
    public string HighLabel { get; }

    public static bool Contains(int value) => value is >= Lowest and <= Highest;
}
