using System.Globalization;
using System.Text.RegularExpressions;

namespace Meldcode.Application.Dossiers.GetMyDossiers;

/// <summary>
/// What a search in "Mijn dossiers" looks for: a dossier number ("2026-0042": that year and number; "42" or "0042":
/// number 42 of any year), or else a part of the child's name, first name, last name or both ("de Vries", "Lisa de"),
/// in any case and with or without accents ("zoe" finds Zoë).
/// </summary>
internal sealed partial record DossierSearch(int? Year, int? Sequence, string? NamePattern)
{
    public const string Escape = SearchText.LikeEscape;

    public static DossierSearch None { get; } = new(null, null, null);

    public static DossierSearch Of(string? text)
    {
        var term = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (term.Length == 0)
        {
            return None;
        }

        if (FullNumber().Match(term) is { Success: true } full)
        {
            return new DossierSearch(Number(full.Groups["year"].Value), Number(full.Groups["sequence"].Value), null);
        }

        if (SequenceOnly().IsMatch(term))
        {
            return new DossierSearch(null, Number(term), null);
        }

        // A LIKE pattern: the term anywhere in the full name, both folded (see SearchText).
        return new DossierSearch(null, null, SearchText.ContainsPattern(term));
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})-(?<sequence>\d{1,6})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FullNumber();

    [GeneratedRegex(@"^\d{1,6}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SequenceOnly();
}
