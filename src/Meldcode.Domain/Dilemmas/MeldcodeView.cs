using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// What the meldcode says at a decision point, revealed after the vote: the option(s) that fit the meldcode, or the
/// range of the scale that fits, or that it depends — always with the rationale.
/// </summary>
public sealed record MeldcodeView
{
    public const int RationaleMax = 1_500;

    private MeldcodeView(IReadOnlyList<string> fittingOptionKeys, int? scaleFrom, int? scaleTo, string rationale)
    {
        FittingOptionKeys = fittingOptionKeys;
        ScaleFrom = scaleFrom;
        ScaleTo = scaleTo;
        Rationale = Guard.RequiredText(rationale, FieldName.Singular("de uitleg van wat de meldcode zegt"), RationaleMax);
    }

    /// <summary>The keys of the options that fit the meldcode; empty when it depends or the point is a scale.</summary>
    public IReadOnlyList<string> FittingOptionKeys { get; }

    /// <summary>The lowest value of the scale that fits the meldcode, for a scale with a clear answer.</summary>
    public int? ScaleFrom { get; }

    /// <summary>The highest value of the scale that fits the meldcode, for a scale with a clear answer.</summary>
    public int? ScaleTo { get; }

    /// <summary>Why: what the meldcode says and on what grounds.</summary>
    public string Rationale { get; }

    /// <summary>No one answer fits: it depends on facts the story leaves open, and the rationale says on which.</summary>
    public bool Depends => FittingOptionKeys.Count == 0 && ScaleFrom is null;

    /// <summary>One or more options fit the meldcode.</summary>
    public static MeldcodeView Fits(string rationale, params string[] optionKeys)
    {
        ArgumentNullException.ThrowIfNull(optionKeys);
        var keys = optionKeys.Select(k => k?.Trim().ToUpperInvariant() ?? string.Empty).ToArray();
        if (keys.Length == 0)
        {
            throw new DomainException("Kies minstens één keuze die past bij de meldcode, of kies voor 'het hangt ervan af'.");
        }

        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Length)
        {
            throw new DomainException("Een keuze staat twee keer bij wat past bij de meldcode.");
        }

        return new MeldcodeView(Array.AsReadOnly(keys), null, null, rationale);
    }

    /// <summary>A range of the 1–5 scale fits the meldcode.</summary>
    public static MeldcodeView FitsScale(int from, int to, string rationale)
    {
        if (!RatingScale.Contains(from) || !RatingScale.Contains(to) || from > to)
        {
            throw new DomainException($"Kies een deel van de schaal van {RatingScale.Lowest} tot {RatingScale.Highest}.");
        }

        return new MeldcodeView([], from, to, rationale);
    }

    /// <summary>No single answer fits; the rationale says what it depends on.</summary>
    public static MeldcodeView ItDepends(string rationale) => new([], null, null, rationale);
}
