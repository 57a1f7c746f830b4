namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// One block of a document body. The set is closed: <see cref="Heading"/>, <see cref="Paragraph"/>,
/// <see cref="KeyValueList"/>, <see cref="Table"/>, <see cref="Note"/>, <see cref="Rule"/>, <see cref="Spacer"/>
/// and <see cref="PageBreak"/>. All text is plain text: it is drawn literally, <c>\n</c> breaks a line.
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

    /// <summary>Italic body text.</summary>
    Emphasis,

    /// <summary>Bold body text.</summary>
    Strong,

    /// <summary>Smaller grey text, for explanations and remarks.</summary>
    Muted,

    /// <summary>Small bold text, as a caption above what follows.</summary>
    Label,
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

/// <summary>A framed note, for a remark that must stand out.</summary>
public sealed record Note : Block
{
    public Note(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    public string Text { get; }
}

/// <summary>A thin horizontal line across the text width.</summary>
public sealed record Rule : Block;

/// <summary>Vertical white space, in points (1/72 inch). Dropped at the top of a page.</summary>
public sealed record Spacer : Block
{
    public Spacer(double height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 400);
        Height = height;
    }

    public double Height { get; }
}

/// <summary>Starts a new page, unless the current page is still empty.</summary>
public sealed record PageBreak : Block;
