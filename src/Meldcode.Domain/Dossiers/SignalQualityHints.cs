using System.Text.RegularExpressions;
using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>
/// Quality hints for a signal's description (domain.md §9): facts without opinion or judging words, people named so
/// that someone understands it years later, a date, and enough description. Each hint is explainable: it names the
/// words that triggered it (<see cref="SignalHint.Words"/>), or says what is missing. Words match as whole words,
/// whatever their case.
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

    /// <summary>
    /// Loaded words: they judge, conclude or generalise instead of describing, so a reader years later (Veilig Thuis, a
    /// judge, the parents) learns the writer's verdict but not what happened. Each with its inflected forms.
    /// </summary>
    public static IReadOnlyList<string> LoadedWords { get; } =
    [
        // Conclusions about abuse: the meldcode asks for what was seen; the weighing draws the conclusion.
        "verwaarloosd", "verwaarloosde", "mishandeld", "mishandelde",

        // Generalisations: say when and how often instead.
        "altijd", "nooit",

        // Judgements of a person: describe what they did or said instead.
        "agressief", "agressieve", "asociaal", "asociale", "hysterisch", "hysterische", "gestoord", "gestoorde",
        "onverschillig", "onverschillige",

        // Judgements of a situation or a feeling: describe what you saw, heard or smelled instead.
        "zielig", "zielige", "vies", "vieze", "smerig", "smerige",
    ];

    /// <summary>
    /// Capitals that look like initials but are common abbreviations in the sectors' daily language (school types,
    /// services, diagnoses, "TV", "OK"). Initials of two or three capitals that are not in this list still give a hint.
    /// </summary>
    public static IReadOnlyList<string> KnownAbbreviations { get; } =
    [
        "TV", "OK", "NB", "VT", "AMK", "BSO", "KDV", "PSZ", "VVE", "GGD", "JGZ", "CJG", "WIJ", "GGZ", "SEH", "HA",
        "IB", "PO", "VO", "SO", "VSO", "SBO", "MBO", "HBO", "WO", "ROC", "AF", "JB", "OT", "GI", "ADHD", "ADD",
        "ASS", "PDD", "LVB", "PGB", "WMO", "AVG", "VGV", "KNMG", "MDO", "OPP",
    ];

    public static IReadOnlyList<SignalHint> For(string? facts, DateOnly? observedOn)
    {
        var hints = new List<SignalHint>();
        var text = facts ?? string.Empty;

        var opinions = Found(OpinionPattern, text);
        if (opinions.Count > 0)
        {
            hints.Add(new SignalHint(
                SignalHintKind.OpinionWordInFacts,
                $"In de feiten staan woorden die een mening of vermoeden uitdrukken ({Quoted(opinions)}). "
                + "Beschrijf bij de feiten alleen wat je zag of hoorde; je interpretatie heeft een eigen veld.",
                opinions));
        }

        var loaded = Found(LoadedPattern, text);
        if (loaded.Count > 0)
        {
            hints.Add(new SignalHint(
                SignalHintKind.LoadedWordInFacts,
                $"In de feiten staan woorden die oordelen of veralgemenen ({Quoted(loaded)}). "
                + "Beschrijf wat je zag of hoorde, en wanneer en hoe vaak. Bijvoorbeeld: niet 'altijd vies', maar 'op 3, 5 en 9 maart dezelfde kleren met vlekken'.",
                loaded));
        }

        var initials = InitialsPattern().Matches(text).Select(m => m.Value.Trim()).Where(IsNotAnAbbreviation).Distinct(StringComparer.Ordinal).ToList();
        if (initials.Count > 0)
        {
            hints.Add(new SignalHint(
                SignalHintKind.InitialsOnly,
                $"Iemand wordt alleen met initialen genoemd ({string.Join(", ", initials)}). "
                + "Schrijf de naam voluit of noem de rol (bijvoorbeeld 'de moeder'), zodat later duidelijk is wie bedoeld wordt.",
                initials));
        }

        if (observedOn is null)
        {
            hints.Add(new SignalHint(SignalHintKind.NoDate, "Er staat geen datum bij. Noteer wanneer je dit zag of hoorde, zo precies als je kunt.", []));
        }

        var length = text.Trim().Length;
        if (length < VeryShortBelow)
        {
            hints.Add(new SignalHint(
                SignalHintKind.VeryShort,
                $"De beschrijving is erg kort ({FieldName.Characters(length)}). "
                + "Beschrijf wat je zag of hoorde zo dat iemand die er niet bij was het begrijpt: wie, wat, waar en wanneer.",
                []));
        }

        return hints;
    }

    private static List<string> Found(Regex pattern, string text) =>
        pattern.Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    private static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"'{w}'"));

    /// <summary>Not a known abbreviation, written with or without dots ("TV", "T.V.").</summary>
    private static bool IsNotAnAbbreviation(string candidate) =>
        !Abbreviations.Contains(candidate.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));

    private static readonly HashSet<string> Abbreviations = new(KnownAbbreviations, StringComparer.Ordinal);

    /// <summary>All opinion phrases as whole words, in one compiled pattern (built once).</summary>
    private static readonly Regex OpinionPattern = WholeWords(OpinionPhrases);

    /// <summary>All loaded words as whole words, in one compiled pattern (built once).</summary>
    private static readonly Regex LoadedPattern = WholeWords(LoadedWords);

    private static Regex WholeWords(IEnumerable<string> words) => new(
        $@"(?<!\p{{L}})(?:{string.Join("|", words.Select(Regex.Escape))})(?!\p{{L}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// One to three capitals, each with a dot ("L.", "J.D.", "A. B. C."), not right after a letter, digit or dot (so not
    /// the end of "d.w.z." or "groep 7B."); or two or three capitals standing alone ("JD"), which
    /// <see cref="KnownAbbreviations"/> then filters. A capital without a dot ("Ik", "Op") is the start of a word.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ \t]?){1,3}(?!\p{L}\.)|(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InitialsPattern();
}
