using System.Text.RegularExpressions;

namespace Meldcode.Domain.Dossiers;

/// <summary>
/// Quality hints for a signal's description (domain.md §9): facts without opinion words, people
/// named so that someone understands it years later, a date, and enough description.
/// </summary>
public static partial class SignalQualityHints
{
    public const int VeryShortBelow = 40;

    /// <summary>Phrases that express an opinion or guess rather than what was seen or heard.</summary>
    public static IReadOnlyList<string> OpinionPhrases { get; } =
    [
        "ik denk", "ik vind", "ik heb het gevoel", "volgens mij", "waarschijnlijk", "vermoedelijk",
        "lijkt", "leek", "misschien", "kennelijk", "blijkbaar", "duidelijk", "ongetwijfeld", "vast wel",
        "zal wel", "overduidelijk",
    ];

    public static IReadOnlyList<SignalHint> For(string? facts, DateOnly? observedOn)
    {
        var hints = new List<SignalHint>();
        var text = facts ?? string.Empty;

        var opinions = OpinionPattern.Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        if (opinions.Count > 0)
        {
            hints.Add(new SignalHint(
                SignalHintKind.OpinionWordInFacts,
                $"In de feiten staan woorden die een mening of vermoeden uitdrukken ({string.Join(", ", opinions.Select(o => $"'{o}'"))}). "
                + "Beschrijf bij de feiten alleen wat je zag of hoorde; je interpretatie heeft een eigen veld."));
        }

        var initials = InitialsPattern().Matches(text).Select(m => m.Value.Trim()).Distinct().ToList();
        if (initials.Count > 0)
        {
            hints.Add(new SignalHint(
                SignalHintKind.InitialsOnly,
                $"Iemand wordt alleen met initialen genoemd ({string.Join(", ", initials)}). "
                + "Schrijf de naam voluit of noem de rol (bijvoorbeeld 'de moeder'), zodat later duidelijk is wie bedoeld wordt."));
        }

        if (observedOn is null)
        {
            hints.Add(new SignalHint(SignalHintKind.NoDate, "Er staat geen datum bij. Noteer wanneer je dit zag of hoorde, zo precies als je kunt."));
        }

        if (text.Trim().Length < VeryShortBelow)
        {
            hints.Add(new SignalHint(
                SignalHintKind.VeryShort,
                "De beschrijving is erg kort. Beschrijf wat je zag of hoorde zo dat iemand die er niet bij was het begrijpt: wie, wat, waar en wanneer."));
        }

        return hints;
    }

    /// <summary>All opinion phrases as whole words, in one compiled pattern (built once).</summary>
    private static readonly Regex OpinionPattern = new(
        $@"(?<!\p{{L}})(?:{string.Join("|", OpinionPhrases.Select(Regex.Escape))})(?!\p{{L}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>Two or three capital letters with dots ("J.D.", "A.B.C.") or two capitals standing alone ("JD"), not a common abbreviation.</summary>
    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.\s?){2,3}(?![\p{L}])|(?<![\p{L}])(?!VT\b|BSO\b|KDV\b|GGD\b|IB\b)\p{Lu}{2}(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InitialsPattern();
}
