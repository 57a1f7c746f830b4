namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A row of cells laid out side by side.</summary>
internal sealed class RowBlock
{
    public RowBlock(IReadOnlyList<RowCell> cells)
    {
        Cells = cells;
        var height = 0.0;
        foreach (var cell in cells)
        {
            height = Math.Max(height, Math.Max(1, cell.Lines.Count) * cell.Format.LineHeight);
        }
        TextHeight = height;
    }

    public IReadOnlyList<RowCell> Cells { get; }

    /// <summary>The height of the tallest cell; an empty row is one line high.</summary>
    public double TextHeight { get; }
}
