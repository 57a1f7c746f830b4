using System.Globalization;
using System.Text;

namespace Meldcode.Application.Common.Persistence;

/// <summary>
/// Text as a search compares it: lower case and without accents ("Zoë" and "ZOE" both become "zoe"). In a query
/// it runs inside the database as the SQL function <see cref="SqlName"/>, which Infrastructure registers on every
/// SQLite connection (SQLite's own LOWER and LIKE fold only the letters A to Z).
/// </summary>
public static class SearchText
{
    public const string SqlName = "meldcode_fold";

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
