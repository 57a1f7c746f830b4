namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>
/// Lines of one format under one structure tag: a paragraph or a heading. One that keeps with the next block
/// (a heading) is never the last thing on a page.
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
    /// For a heading: its own height plus the start of the next block, which must fit on the same page.
    /// Zero otherwise.
    /// </summary>
    public double KeepWithNextHeight { get; set; }

    public bool KeepsWithNext { get; }

    public double Height => _lines.Count * _format.LineHeight;

    /// <summary>Two lines of a paragraph (one if it has one); a heading's whole keep-with-next height.</summary>
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
