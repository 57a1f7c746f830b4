namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A block whose text is already wrapped, ready to be placed on pages.</summary>
internal abstract class FlowBlock
{
    public virtual double SpaceBefore => 0;

    public virtual double SpaceAfter => 0;

    /// <summary>The height of this block's start that a heading before it must share a page with (0: none).</summary>
    public virtual double LeadHeight => 0;

    public abstract void Flow(PageFlow flow);
}

/// <summary>
/// Lines of one format under one structure tag: a paragraph or a heading. One that keeps with the next block
/// (a heading or a caption) is never the last thing on a page.
/// </summary>
internal sealed class TextFlow : FlowBlock
{
    private readonly IReadOnlyList<string> _lines;
    private readonly TextFormat _format;
    private readonly StructureTag _tag;
    private readonly double _spaceBefore;
    private readonly double _spaceAfter;

    public TextFlow(IReadOnlyList<string> lines, TextFormat format, StructureTag tag, double spaceBefore, double spaceAfter, bool keepsWithNext)
    {
        _lines = lines;
        _format = format;
        _tag = tag;
        _spaceBefore = spaceBefore;
        _spaceAfter = spaceAfter;
        KeepsWithNext = keepsWithNext;
    }

    public override double SpaceBefore => _spaceBefore;

    public override double SpaceAfter => _spaceAfter;

    /// <summary>
    /// For a heading or caption: its own height plus the start of the next block, which must fit on the same page.
    /// Zero otherwise.
    /// </summary>
    public double KeepWithNextHeight { get; set; }

    public bool KeepsWithNext { get; }

    public double Height => _lines.Count * _format.LineHeight;

    /// <summary>Two lines of a paragraph (one if it has one); a heading's or caption's whole keep-with-next height.</summary>
    public override double LeadHeight =>
        KeepWithNextHeight > 0 ? KeepWithNextHeight : Math.Min(2, _lines.Count) * _format.LineHeight;

    public override void Flow(PageFlow flow)
    {
        if (_lines.Count == 0)
        {
            return;
        }
        flow.EnsureSpace(Math.Max(_format.LineHeight, KeepWithNextHeight));
        flow.Open(_tag);
        var baseline = _format.BaselineOffset;
        foreach (var line in _lines)
        {
            flow.EnsureSpace(_format.LineHeight);
            flow.Add(new TextOp(PageGeometry.Left, flow.Y + baseline, line, _format));
            flow.Advance(_format.LineHeight);
        }
        flow.Close();
    }
}

/// <summary>A paragraph in a shaded box with a bar on the left; each page's part of it gets its own box.</summary>
internal sealed class NoteFlow : FlowBlock
{
    private const double Padding = 7;
    private const double BarWidth = 3;

    private readonly IReadOnlyList<string> _lines;
    private readonly TextFormat _format;

    public NoteFlow(IReadOnlyList<string> lines, TextFormat format)
    {
        _lines = lines;
        _format = format;
    }

    public static double TextWidth => PageGeometry.ContentWidth - BarWidth - (2 * Padding);

    public override double SpaceBefore => 4;

    public override double SpaceAfter => 10;

    public override double LeadHeight => _lines.Count == 0 ? 0 : (2 * Padding) + _format.LineHeight;

    public override void Flow(PageFlow flow)
    {
        if (_lines.Count == 0)
        {
            return;
        }
        flow.EnsureSpace(LeadHeight);
        var (mark, top) = StartBox(flow);
        foreach (var line in _lines)
        {
            if (_format.LineHeight + Padding > flow.Remaining)
            {
                EndBox(flow, mark, top);
                flow.NewPage();
                (mark, top) = StartBox(flow);
            }
            flow.Add(new TextOp(PageGeometry.Left + BarWidth + Padding, flow.Y + _format.BaselineOffset, line, _format));
            flow.Advance(_format.LineHeight);
        }
        EndBox(flow, mark, top);
    }

    private static (int Mark, double Top) StartBox(PageFlow flow)
    {
        var start = (flow.Mark, flow.Y);
        flow.Advance(Padding);
        flow.Open(StructureTag.Paragraph);
        return start;
    }

    /// <summary>Closes the box and puts its background under the text drawn since <paramref name="mark"/>.</summary>
    private static void EndBox(PageFlow flow, int mark, double top)
    {
        flow.Close();
        flow.Advance(Padding);
        var height = flow.Y - top;
        flow.Insert(mark, new FillOp(PageGeometry.Left, top, BarWidth, height, Typography.NoteBarBrush));
        flow.Insert(mark, new FillOp(PageGeometry.Left, top, PageGeometry.ContentWidth, height, Typography.NoteFillBrush));
    }
}

/// <summary>A thin line across the text width.</summary>
internal sealed class RuleFlow : FlowBlock
{
    public override double SpaceBefore => 6;

    public override double SpaceAfter => 8;

    public override void Flow(PageFlow flow)
    {
        flow.EnsureSpace(1);
        flow.Add(new LineOp(PageGeometry.Left, flow.Y + 0.5, PageGeometry.Right, flow.Y + 0.5, Typography.Rule));
        flow.Advance(1);
    }
}

/// <summary>White space, dropped at the top of a page.</summary>
internal sealed class SpacerFlow : FlowBlock
{
    private readonly double _height;

    public SpacerFlow(double height) => _height = height;

    public override void Flow(PageFlow flow) => flow.Space(_height);
}

/// <summary>Starts a new page unless the current one is still empty.</summary>
internal sealed class PageBreakFlow : FlowBlock
{
    public override void Flow(PageFlow flow)
    {
        if (!flow.AtTop)
        {
            flow.NewPage();
        }
    }
}
