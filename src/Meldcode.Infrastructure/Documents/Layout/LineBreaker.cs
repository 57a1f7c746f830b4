using System.Globalization;
using System.Text;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>
/// Greedy line breaking by measured widths. Breaks at spaces (runs of spaces count as one), keeps <c>\n</c> as a
/// hard break, and breaks a word wider than the line between characters (never inside a surrogate pair or before
/// a combining mark). Expects text from <see cref="TextCleaner"/>.
/// </summary>
internal static class LineBreaker
{
    private const string Ellipsis = "…";
    private const double Tolerance = 1e-6;

    /// <summary>The lines of <paramref name="text"/>, each at most <paramref name="maxWidth"/> points wide; none for empty text.</summary>
    public static List<string> Wrap(string text, TextFormat format, double maxWidth)
    {
        var lines = new List<string>();
        if (text.Length == 0)
        {
            return lines;
        }
        var state = new LineState(lines, format.Metrics, maxWidth / format.Size);
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            state.AddHardLine(text.AsSpan(start, end - start));
            state.Flush();
            if (end >= text.Length)
            {
                return lines;
            }
            start = end + 1;
        }
    }

    /// <summary>The text if it fits on one line, else its longest prefix that fits with an ellipsis.</summary>
    public static string Fit(string text, TextFormat format, double maxWidth)
    {
        var metrics = format.Metrics;
        var maxEm = maxWidth / format.Size;
        if (metrics.Width(text) <= maxEm + Tolerance)
        {
            return text;
        }
        var budget = maxEm - metrics.Width(Ellipsis);
        var used = 0.0;
        var index = 0;
        while (index < text.Length)
        {
            var unit = UnitLength(text, index);
            var width = metrics.Width(text.AsSpan(index, unit));
            if (used + width > budget + Tolerance)
            {
                break;
            }
            used += width;
            index += unit;
        }
        return string.Concat(text.AsSpan(0, index).TrimEnd(), Ellipsis);
    }

    /// <summary>The length of the character at <paramref name="index"/> with any combining marks that follow it.</summary>
    private static int UnitLength(ReadOnlySpan<char> text, int index)
    {
        var end = index + (char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1);
        while (end < text.Length && IsCombiningMark(text[end]))
        {
            end++;
        }
        return end - index;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The line being filled, in em (font size 1) to save a multiplication per character.</summary>
    private sealed class LineState
    {
        private readonly List<string> _lines;
        private readonly GlyphMetrics _metrics;
        private readonly double _maxEm;
        private readonly double _spaceEm;
        private readonly StringBuilder _line = new();
        private double _lineEm;

        public LineState(List<string> lines, GlyphMetrics metrics, double maxEm)
        {
            _lines = lines;
            _metrics = metrics;
            _maxEm = maxEm;
            _spaceEm = metrics.Width(" ");
        }

        public void AddHardLine(ReadOnlySpan<char> text)
        {
            var index = 0;
            while (index < text.Length)
            {
                if (text[index] == ' ')
                {
                    index++;
                    continue;
                }
                var end = text[index..].IndexOf(' ');
                end = end < 0 ? text.Length : index + end;
                AddWord(text[index..end]);
                index = end;
            }
        }

        public void Flush()
        {
            _lines.Add(_line.ToString());
            _line.Clear();
            _lineEm = 0;
        }

        private void AddWord(ReadOnlySpan<char> word)
        {
            var width = _metrics.Width(word);
            if (_line.Length > 0)
            {
                if (_lineEm + _spaceEm + width <= _maxEm + Tolerance)
                {
                    _line.Append(' ').Append(word);
                    _lineEm += _spaceEm + width;
                    return;
                }
                Flush();
            }
            if (width <= _maxEm + Tolerance)
            {
                _line.Append(word);
                _lineEm = width;
                return;
            }
            AddLongWord(word);
        }

        /// <summary>Breaks a word wider than a line into full lines; the last piece stays on the current line.</summary>
        private void AddLongWord(ReadOnlySpan<char> word)
        {
            var pieceStart = 0;
            var pieceEm = 0.0;
            var index = 0;
            while (index < word.Length)
            {
                var unit = UnitLength(word, index);
                var unitEm = _metrics.Width(word.Slice(index, unit));
                if (pieceEm + unitEm > _maxEm + Tolerance && index > pieceStart)
                {
                    _lines.Add(word[pieceStart..index].ToString());
                    pieceStart = index;
                    pieceEm = 0;
                }
                pieceEm += unitEm;
                index += unit;
            }
            _line.Append(word[pieceStart..]);
            _lineEm = pieceEm;
        }
    }
}
