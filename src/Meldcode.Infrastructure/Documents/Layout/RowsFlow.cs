namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>
/// Rows of cells: a table (with a header row that repeats on every page it spans) or a key–value list.
/// A row that does not fit goes to the next page; a row taller than a page is split between lines of its cells.
/// A header row taller than a quarter of a page is placed once, like a row, and not repeated.
/// </summary>
internal sealed class RowsFlow : FlowBlock
{
    private const double MaxRepeatedHeaderShare = 0.25;

    private readonly RowBlock? _header;
    private readonly IReadOnlyList<RowBlock> _rows;
    private readonly RowsStyle _style;

    public RowsFlow(RowBlock? header, IReadOnlyList<RowBlock> rows, RowsStyle style)
    {
        _header = header;
        _rows = rows;
        _style = style;
    }

    public override double SpaceBefore => 2;

    public override double SpaceAfter => _style.SpaceAfter;

    private double HeaderHeight => _header is null ? 0 : _header.TextHeight + (2 * _style.Padding);

    private bool RepeatsHeader => _header is not null && HeaderHeight <= PageFlow.ContentHeight * MaxRepeatedHeaderShare;

    /// <summary>The height a repeated header takes at the top of each continuation page.</summary>
    private double RepeatedHeaderHeight => RepeatsHeader ? HeaderHeight : 0;

    /// <summary>The header and the first line of the first row.</summary>
    public override double LeadHeight
    {
        get
        {
            if (_rows.Count == 0)
            {
                return HeaderHeight;
            }
            var first = _rows[0];
            return HeaderHeight + Math.Min(first.TextHeight, MaxLineHeight(first)) + (2 * _style.Padding);
        }
    }

    public override void Flow(PageFlow flow)
    {
        if (_header is null && _rows.Count == 0)
        {
            return;
        }
        flow.EnsureSpace(LeadHeight);
        flow.Open(StructureTag.Table);
        if (_header is not null)
        {
            Place(flow, _header);
        }
        foreach (var row in _rows)
        {
            Place(flow, row);
        }
        flow.Close();
    }

    private void Place(PageFlow flow, RowBlock row)
    {
        var height = row.TextHeight + (2 * _style.Padding);
        if (height <= flow.Remaining)
        {
            DrawSlice(flow, row, null, null, repeated: false);
            return;
        }
        var repeatHeader = row != _header;
        if (height <= PageFlow.ContentHeight - RepeatedHeaderHeight)
        {
            NewPage(flow, repeatHeader);
            DrawSlice(flow, row, null, null, repeated: false);
            return;
        }
        Split(flow, row, repeatHeader);
    }

    /// <summary>Places as many lines of each cell as fit, continues on the next page, until every cell is done.</summary>
    private void Split(PageFlow flow, RowBlock row, bool repeatHeader)
    {
        var cells = row.Cells;
        var start = new int[cells.Count];
        var count = new int[cells.Count];
        var freshPage = false;
        while (true)
        {
            var available = flow.Remaining - (2 * _style.Padding);
            var placesSomething = false;
            var done = true;
            for (var i = 0; i < cells.Count; i++)
            {
                var left = cells[i].Lines.Count - start[i];
                var fits = (int)Math.Floor((available + 0.01) / cells[i].Format.LineHeight);
                count[i] = Math.Clamp(fits, 0, left);
                placesSomething |= count[i] > 0;
                done &= left == 0;
            }
            if (done)
            {
                return;
            }
            if (!placesSomething)
            {
                if (!freshPage)
                {
                    NewPage(flow, repeatHeader);
                    freshPage = true;
                    continue;
                }
                ForceOneLine(cells, start, count);
            }
            DrawSlice(flow, row, start, count, repeated: false);
            for (var i = 0; i < cells.Count; i++)
            {
                start[i] += count[i];
            }
            freshPage = false;
        }
    }

    /// <summary>On a page too short for any line (a freak case), places one line anyway, so the loop ends.</summary>
    private static void ForceOneLine(IReadOnlyList<RowCell> cells, int[] start, int[] count)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            count[i] = Math.Min(1, cells[i].Lines.Count - start[i]);
        }
    }

    private void NewPage(PageFlow flow, bool repeatHeader)
    {
        flow.NewPage();
        if (repeatHeader && RepeatsHeader)
        {
            DrawSlice(flow, _header!, null, null, repeated: true);
        }
    }

    /// <summary>
    /// Draws lines [start, start + count) of every cell (all lines when <paramref name="start"/> is null).
    /// A repeated header row is decoration (an artifact), not content read a second time.
    /// </summary>
    private void DrawSlice(PageFlow flow, RowBlock row, int[]? start, int[]? count, bool repeated)
    {
        var top = flow.Y;
        var height = SliceTextHeight(row, count) + (2 * _style.Padding);

        if (row == _header)
        {
            flow.Add(new FillOp(PageGeometry.Left, top, PageGeometry.ContentWidth, height, Typography.HeaderFillBrush));
        }
        flow.Open(repeated ? StructureTag.Artifact : StructureTag.TableRow);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            DrawCell(flow, row.Cells[i], start?[i] ?? 0, count?[i] ?? row.Cells[i].Lines.Count, top + _style.Padding, repeated);
        }
        flow.Close();
        if (_style.RowRules)
        {
            flow.Add(new LineOp(PageGeometry.Left, top + height, PageGeometry.Right, top + height, Typography.ThinRule));
        }
        flow.Advance(height);
    }

    /// <summary>The height of the tallest cell's part in a slice; the whole row when <paramref name="count"/> is null.</summary>
    private static double SliceTextHeight(RowBlock row, int[]? count)
    {
        if (count is null)
        {
            return row.TextHeight;
        }
        var height = 0.0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            height = Math.Max(height, count[i] * row.Cells[i].Format.LineHeight);
        }
        return height;
    }

    private static void DrawCell(PageFlow flow, RowCell cell, int start, int count, double top, bool repeated)
    {
        if (!repeated)
        {
            flow.Open(cell.Tag);
        }
        var baseline = top + cell.Format.BaselineOffset;
        for (var line = 0; line < count; line++)
        {
            flow.Add(new TextOp(cell.X, baseline + (line * cell.Format.LineHeight), cell.Lines[start + line], cell.Format));
        }
        if (!repeated)
        {
            flow.Close();
        }
    }

    private static double MaxLineHeight(RowBlock row)
    {
        var height = 0.0;
        foreach (var cell in row.Cells)
        {
            height = Math.Max(height, cell.Format.LineHeight);
        }
        return height;
    }
}
