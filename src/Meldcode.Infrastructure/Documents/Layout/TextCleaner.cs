using System.Text;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>
/// Makes caller text safe to draw: line breaks become <c>\n</c>, tabs spaces; other control characters, byte-order
/// marks, soft hyphens (the layout does not hyphenate) and bidirectional overrides are removed; lone surrogates become U+FFFD; the result is in Unicode
/// normalisation form C, so letters with diacritics are single characters the font has.
/// </summary>
internal static class TextCleaner
{
    private const char Replacement = '\uFFFD';

    /// <summary>Cleans a multi-line text and trims it.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var cleaned = NeedsRewrite(text) ? Rewrite(text) : text;
        if (!cleaned.IsNormalized(NormalizationForm.FormC))
        {
            cleaned = cleaned.Normalize(NormalizationForm.FormC);
        }
        return cleaned.Trim();
    }

    /// <summary>Cleans a text that must stay on one line: line breaks become spaces.</summary>
    public static string CleanLine(string? text)
    {
        var cleaned = Clean(text);
        return cleaned.Contains('\n', StringComparison.Ordinal) ? cleaned.Replace('\n', ' ') : cleaned;
    }

    private static bool NeedsRewrite(string text)
    {
        foreach (var c in text)
        {
            if (c != '\n' && (c < ' ' || IsRemovedOrSpecial(c)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsRemovedOrSpecial(char c) =>
        c is (>= '\u007F' and <= '\u009F')
            or '\u00AD' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
            || char.IsSurrogate(c);

    private static string Rewrite(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                case < ' ':
                    break;
                case var _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                    break;
                case var _ when char.IsSurrogate(c):
                    builder.Append(Replacement);
                    break;
                case var _ when IsRemovedOrSpecial(c):
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
