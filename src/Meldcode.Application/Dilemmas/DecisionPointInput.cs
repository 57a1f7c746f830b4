namespace Meldcode.Application.Dilemmas;

/// <summary>
/// One decision point as the dilemma form sends it. A choice has up to five option texts (blank ones are left out)
/// and the letters of the fitting options; a scale has the labels of 1 and 5 and the fitting range. Either may say
/// instead that it depends (<see cref="Depends"/>). A block left entirely blank is no decision point.
/// </summary>
public sealed record DecisionPointInput(
    DecisionPointKind? Kind,
    string? Question,
    IReadOnlyList<string?>? Options,
    IReadOnlyList<string?>? FittingOptions,
    string? LowLabel,
    string? HighLabel,
    int? ScaleFrom,
    int? ScaleTo,
    bool Depends,
    string? Rationale)
{
    public const string Letters = "ABCDE";

    /// <summary>True when nothing was filled in: the block is left out.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Question) && string.IsNullOrWhiteSpace(Rationale)
        && string.IsNullOrWhiteSpace(LowLabel) && string.IsNullOrWhiteSpace(HighLabel)
        && (Options ?? []).All(string.IsNullOrWhiteSpace);

    /// <summary>The options filled in, with the letter of the field they were typed in.</summary>
    public IReadOnlyList<(string Letter, string Text)> FilledOptions =>
        (Options ?? []).Take(Letters.Length)
            .Select((text, i) => (Letter: Letters[i].ToString(), Text: text))
            .Where(o => !string.IsNullOrWhiteSpace(o.Text))
            .Select(o => (o.Letter, o.Text!.Trim()))
            .ToList();

    /// <summary>The fitting letters as chosen (upper case, distinct).</summary>
    public IReadOnlyList<string> FittingLetters =>
        (FittingOptions ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
}
