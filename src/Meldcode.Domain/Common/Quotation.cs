namespace Meldcode.Domain.Common;

/// <summary>
/// Someone's own words in exactly one pair of quotation marks (“…”), also when the professional typed the marks
/// themselves: "…", “…”, „…”, „…“, '…', ‘…’, ‚…’ or «…» around the whole text are replaced, not doubled. Marks inside the
/// text stay as typed: <c>Hij zei "au" en liep weg</c> is not quoted as a whole, so it gets its own pair.
/// </summary>
public static class Quotation
{
    public const char Open = '“';

    public const char Close = '”';

    /// <summary>The characters that may open a quotation, each with the characters that may close it.</summary>
    private static readonly Dictionary<char, string> Pairs = new()
    {
        ['"'] = "\"”“",
        ['“'] = "”“\"",
        ['”'] = "”",
        ['„'] = "”“\"",
        ['\''] = "'’",
        ['‘'] = "’‘'",
        ['’'] = "’",
        ['‚'] = "’‘'",
        ['«'] = "»",
        ['»'] = "«",
    };

    /// <summary>The text, trimmed, between “ and ”; a pair of marks around the whole text is taken off first.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim();
        if (IsQuotedAsAWhole(words))
        {
            words = words[1..^1].Trim();
        }

        return $"{Open}{words}{Close}";
    }

    /// <summary>
    /// Opens with a quotation mark, closes with a matching one, and holds no other mark of that pair in between (then the
    /// first and last marks belong to two quotations, as in <c>"au", zei ze, "stop"</c>).
    /// </summary>
    private static bool IsQuotedAsAWhole(string text)
    {
        if (text.Length < 2 || !Pairs.TryGetValue(text[0], out var closers) || !closers.Contains(text[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var marksOfThePair = closers + text[0];
        return text[1..^1].IndexOfAny(marksOfThePair.ToCharArray()) < 0;
    }
}
