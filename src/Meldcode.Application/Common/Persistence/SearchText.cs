using System.Globalization;
using System.Text;

namespace Meldcode.Application.Common.Persistence;

/// <summary>
/// Text as a search compares it: lower case and without accents ("Zoë" and "ZOE" both become "zoe"). In a query
/// it runs inside the database as the SQL function <see cref="SqlName"/>, which Infrastructure registers on every
/// SQLite connection (SQLite's own LOWER and LIKE fold only the letters A to Z) and the PostgreSQL migrations create
/// as an SQL function (PostgreSQL's LIKE does not fold case at all).
/// </summary>
public static class SearchText
{
    public const string SqlName = "meldcode_fold";

    /// <summary>The escape character of <see cref="ContainsPattern"/> (give it to <c>EF.Functions.Like</c>).</summary>
    public const string LikeEscape = @"\";

    /// <summary>
    /// A LIKE pattern that finds the term anywhere in a folded text (compare with <c>Fold(column)</c>): the term folded,
    /// its own <c>%</c> and <c>_</c> literal characters. The same on SQLite and PostgreSQL, whose LIKE differs in case.
    /// </summary>
    public static string ContainsPattern(string term)
    {
        var escaped = Fold(term).Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
