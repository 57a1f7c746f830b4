using System.Text;
using UglyToad.PdfPig.Content;

namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>
/// The text of one page in reading order, rebuilt from where PdfPig found each letter, not from the order in
/// which the content stream draws them: a reader sees lines from top to bottom and letters from left to
/// right, so a layout that drew a line in the wrong place reads back in the wrong order.
/// </summary>
/// <remarks>
/// Letters whose baselines lie within <see cref="SameLine"/> points of each other form one line (a label in a
/// smaller font beside its value shares the value's line). Within a line, a space is read where the content has
/// a space character or where two letters are further apart than <see cref="WordGap"/> of the font size; a
/// gap wider than <see cref="ColumnGap"/> of the font size separates columns (a label and its value, table
/// cells). A column's piece of a line continues the block above it when it starts at the same left edge and
/// its baseline is at most <see cref="NextLine"/> font sizes lower: the lines of one paragraph, label or cell.
/// Blocks are read from top to bottom and, when they start on the same line, from left to right, so a table
/// row or a label and its value read cell by cell, as pdftotext read them. A word's box runs from its first
/// letter's start to its last letter's advance, and from the font's ascent to its descent (PdfPig's loose
/// glyph rectangles), as pdftotext's boxes did.
/// </remarks>
public sealed class PageText
{
    /// <summary>Baselines this close (in points) are one line.</summary>
    private const double SameLine = 2.0;

    /// <summary>A gap wider than this share of the font size, without a space character, still separates words.</summary>
    private const double WordGap = 0.2;

    /// <summary>A gap wider than this share of the font size separates columns.</summary>
    private const double ColumnGap = 0.7;

    /// <summary>
    /// The furthest, in font sizes, the next baseline of the same block can be: 1.56 for a 9-point label with
    /// 14 points between its lines; table and key–value rows lie 1.8 or more apart.
    /// </summary>
    private const double NextLine = 1.65;

    private PageText(IReadOnlyList<Line> lines)
    {
        var blocks = Blocks(lines);
        Words = [.. blocks.SelectMany(block => block.Segments).SelectMany(segment => segment.Words)];
        Text = string.Join('\n', blocks.Select(block => string.Join('\n', block.Segments.Select(segment => segment.Text))));
        LayoutText = string.Join('\n', lines.Select(line => string.Join("    ", line.Segments.Select(segment => segment.Text))));
    }

    /// <summary>The blocks in reading order, each line of a block on a line of its own.</summary>
    public string Text { get; }

    /// <summary>The lines from top to bottom, their columns separated by four spaces.</summary>
    public string LayoutText { get; }

    /// <summary>The words in reading order.</summary>
    public IReadOnlyList<PdfWord> Words { get; }

    public static PageText Of(Page page)
    {
        var lines = new List<Line>();
        var letters = page.Letters.OrderByDescending(letter => letter.StartBaseLine.Y).ThenBy(letter => letter.StartBaseLine.X);
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && current[0].StartBaseLine.Y - letter.StartBaseLine.Y > SameLine)
            {
                lines.Add(Line.Of(current, lines.Count, page.Height));
                current = [];
            }
            current.Add(letter);
        }
        if (current.Count > 0)
        {
            lines.Add(Line.Of(current, lines.Count, page.Height));
        }
        return new PageText([.. lines.Where(line => line.Segments.Count > 0)]);
    }

    /// <summary>Groups the lines' pieces into blocks and puts the blocks in reading order.</summary>
    private static List<Block> Blocks(IReadOnlyList<Line> lines)
    {
        var blocks = new List<Block>();
        foreach (var segment in lines.SelectMany(line => line.Segments))
        {
            var above = blocks.LastOrDefault(block => block.Continues(segment));
            if (above is null)
            {
                blocks.Add(new Block(segment));
            }
            else
            {
                above.Segments.Add(segment);
            }
        }
        return [.. blocks.OrderBy(block => block.Segments[0].Line).ThenBy(block => block.Segments[0].Left)];
    }

    /// <summary>Lines of one column that belong together: a paragraph, a label, a cell.</summary>
    private sealed class Block(Segment first)
    {
        public List<Segment> Segments { get; } = [first];

        public bool Continues(Segment next)
        {
            var last = Segments[^1];
            var drop = last.Baseline - next.Baseline;
            return Math.Abs(last.Left - next.Left) <= 1 && drop > SameLine && drop <= NextLine * Math.Max(last.Size, next.Size);
        }
    }

    /// <summary>One column's piece of a line: its words, its line's number, where it starts, its baseline and font size.</summary>
    private sealed record Segment(IReadOnlyList<PdfWord> Words, int Line, double Left, double Baseline, double Size)
    {
        public string Text => string.Join(' ', Words.Select(word => word.Text));
    }

    /// <summary>One line: its pieces, one per column.</summary>
    private sealed record Line(IReadOnlyList<Segment> Segments)
    {
        public static Line Of(IEnumerable<Letter> letters, int number, double pageHeight)
        {
            var segments = new List<Segment>();
            var words = new List<PdfWord>();
            var word = new List<Letter>();
            var first = (Letter?)null;
            Letter? previous = null;
            var spaced = false;
            foreach (var letter in letters.OrderBy(letter => letter.StartBaseLine.X))
            {
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    spaced = true;
                    continue;
                }
                if (previous is not null)
                {
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    var size = Math.Max(letter.PointSize, previous.PointSize);
                    if (gap > ColumnGap * size)
                    {
                        EndWord();
                        EndSegment();
                    }
                    else if (spaced || gap > WordGap * size)
                    {
                        EndWord();
                    }
                }
                word.Add(letter);
                first ??= letter;
                previous = letter;
                spaced = false;
            }
            EndWord();
            EndSegment();
            return new Line(segments);

            void EndSegment()
            {
                if (first is not null && words.Count > 0)
                {
                    segments.Add(new Segment(words, number, first.StartBaseLine.X, first.StartBaseLine.Y, first.PointSize));
                }
                words = [];
                first = null;
            }

            void EndWord()
            {
                if (word.Count == 0)
                {
                    return;
                }
                var text = new StringBuilder();
                foreach (var part in word)
                {
                    text.Append(part.Value);
                }
                words.Add(new PdfWord(
                    text.ToString().Normalize(NormalizationForm.FormC),
                    word.Min(part => part.StartBaseLine.X),
                    pageHeight - word.Max(part => part.GlyphRectangleLoose.Top),
                    word.Max(part => part.EndBaseLine.X),
                    pageHeight - word.Min(part => part.GlyphRectangleLoose.Bottom)));
                word = [];
            }
        }
    }
}
