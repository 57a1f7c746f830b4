using System.Text.RegularExpressions;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// Looks for what could make a reflection about a real person: something like a name (a capitalised word inside a
/// sentence, an initial such as "L.", a title such as "juf" or "meneer" before a name), a date, or an address (a
/// postcode, a street with a number). It errs on the side of holding back: the trainer decides.
/// </summary>
public static partial class ReflectionScreening
{
    /// <summary>Capitalised words that are common in reflections about the meldcode and are not names.</summary>
    private static readonly HashSet<string> KnownWords = new(StringComparer.Ordinal)
    {
        "Veilig", "Thuis", "Ik", "Meldcode", "Nederland", "Nederlands", "Nederlandse", "God", "Week",
    };

    public static PersonalDetailHint Screen(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PersonalDetailHint.None;
        }

        var hints = PersonalDetailHint.None;
        if (LooksLikeName(text))
        {
            hints |= PersonalDetailHint.Name;
        }

        if (DatePattern().IsMatch(text))
        {
            hints |= PersonalDetailHint.Date;
        }

        if (PostcodePattern().IsMatch(text) || StreetPattern().IsMatch(text))
        {
            hints |= PersonalDetailHint.Address;
        }

        return hints;
    }

    private static bool LooksLikeName(string text)
    {
        if (InitialPattern().IsMatch(text) || TitlePattern().IsMatch(text))
        {
            return true;
        }

        foreach (Match word in CapitalisedInSentence().Matches(text))
        {
            var value = word.Groups["word"].Value;
            if (!KnownWords.Contains(value) && !IsAcronym(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"GGD", "VGV", also in a compound or with a suffix: "GGD-arts", "GGD’s".</summary>
    private static bool IsAcronym(string word)
    {
        var stem = word.Split('-', '\'', '’')[0];
        return stem.Length >= 2 && stem.All(char.IsUpper);
    }

    /// <summary>
    /// A capitalised word that does not start a sentence or a line. A sentence may end in an ellipsis, and in a closing
    /// quote or bracket after its punctuation: “Dat kan ik niet beloven.” Daarna…
    /// </summary>
    [GeneratedRegex(@"(?<![.!?:…][""'”’»)\]]*\s*|^\s*|[“""‘']\s*)(?<=\s)(?<word>\p{Lu}[\p{Ll}\p{Lu}'’-]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedInSentence();

    /// <summary>An initial: "L." or "L.J." or "L. de Vries".</summary>
    [GeneratedRegex(@"(?<!\p{L})\p{Lu}\.(\s?\p{Lu}\.)*(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex InitialPattern();

    /// <summary>
    /// A title or relation followed by what may be a name: "juf Anke", "meneer de Wit", "mw. Jansen" — a capital after
    /// the title and any "van", "de"…, so "de juf zei" or "de oma van het kind" is not a name.
    /// </summary>
    [GeneratedRegex(@"\b(?i:juf|meester|meneer|mevrouw|mw\.|dhr\.|mr\.|dr\.|tante|oom|opa|oma)\s+((?i:van|de|der|den|het|ten|ter|te|in|op|'t|’t)\s+)*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    /// <summary>12-3, 12/03/2025, 12.3.25, 3 maart, or a year such as 2024 (but not the end of a phone number such as 0800-2000).</summary>
    [GeneratedRegex(@"\b\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?\b|\b\d{1,2}\s+(jan(uari)?|feb(ruari)?|maart|mrt|apr(il)?|mei|jun(i)?|jul(i)?|aug(ustus)?|sep(t(ember)?)?|okt(ober)?|nov(ember)?|dec(ember)?)\b|(?<!\d-)\b(19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>A Dutch postcode: 1234 AB.</summary>
    [GeneratedRegex(@"\b\d{4}\s?[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    /// <summary>A street with a house number: Lindelaan 12, Kerkstraat 3a.</summary>
    [GeneratedRegex(@"\b\p{L}+(straat|laan|weg|plein|gracht|kade|dijk|singel|hof|steeg|pad|dreef|park|ring|markt)\s+\d+\p{L}?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetPattern();
}
