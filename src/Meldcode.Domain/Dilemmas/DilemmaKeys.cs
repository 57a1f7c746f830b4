using System.Globalization;
using System.Text;

namespace Meldcode.Domain.Dilemmas;

/// <summary>The readable keys (slugs) of dilemmas: made from a title, and kept unique among the keys already taken.</summary>
public static class DilemmaKeys
{
    /// <summary>What a copy's key ends with: <c>blauwe-plekken-kopie</c>.</summary>
    public const string CopySuffix = "-kopie";

    /// <summary>A slug of the title: lower case letters and digits without accents, words joined by hyphens.</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var key = Shorten(slug.ToString(), Dilemma.KeyMax);
        return key.Length == 0 ? "dilemma" : key;
    }

    /// <summary>The key itself when it is free, else the key with -2, -3… added (shortened to fit).</summary>
    public static string Unique(string key, IReadOnlySet<string> taken) => FirstFree(key, string.Empty, taken);

    /// <summary>The key of a copy: <c>&lt;key&gt;-kopie</c>, or <c>&lt;key&gt;-kopie-2</c>… when taken (shortened to fit).</summary>
    public static string ForCopy(string key, IReadOnlySet<string> taken) => FirstFree(key, CopySuffix, taken);

    private static string FirstFree(string key, string suffix, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(taken);
        for (var n = 1; ; n++)
        {
            var ending = n == 1 ? suffix : suffix + "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = Shorten(key, Dilemma.KeyMax - ending.Length) + ending;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Shorten(string slug, int max) => (slug.Length <= max ? slug : slug[..max]).Trim('-');
}
