namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// One block of a document body. The set is closed: <see cref="Heading"/>, <see cref="Paragraph"/>,
/// <see cref="KeyValueList"/> and <see cref="Table"/>. All text is plain text: it is drawn literally, <c>\n</c> breaks a line.
/// </summary>
public abstract record Block
{
    private protected Block()
    {
    }
}

/// <summary>A heading of level 1 to 3. It is kept on the same page as the start of the block after it.</summary>
public sealed record Heading : Block
{
    public Heading(string text, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        Text = text;
        Level = level;
    }

    public string Text { get; }

    public int Level { get; }
}

/// <summary>How a paragraph looks.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Normal,

    /// <summary>Bold body text.</summary>
    Strong,

    /// <summary>Smaller grey text, for explanations and remarks.</summary>
    Muted,
}

/// <summary>A paragraph of plain text, wrapped to the page width.</summary>
public sealed record Paragraph : Block
{
    public Paragraph(string text, ParagraphStyle style = ParagraphStyle.Normal)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Style = style;
    }

    public string Text { get; }

    public ParagraphStyle Style { get; }
}
