namespace Meldcode.Infrastructure.Documents;

/// <summary>A table column: its header text and its width relative to the other columns.</summary>
public sealed record TableColumn
{
    public TableColumn(string header, double relativeWidth = 1)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relativeWidth);
        if (!double.IsFinite(relativeWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeWidth), relativeWidth, "The relative width must be a finite number.");
        }
        Header = header;
        RelativeWidth = relativeWidth;
    }

    public string Header { get; }

    public double RelativeWidth { get; }
}

/// <summary>
/// A table across the text width. The header row repeats on every page the table spans; cells wrap, and a row
/// taller than the space left breaks across pages. A null cell is printed empty.
/// </summary>
public sealed record Table : Block
{
    public Table(IEnumerable<TableColumn> columns, IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        TableColumn[] columnArray = [.. columns];
        if (columnArray.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }
        foreach (var column in columnArray)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
        }

        var rowList = new List<IReadOnlyList<string?>>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            string?[] cells = [.. row];
            if (cells.Length != columnArray.Length)
            {
                throw new ArgumentException(
                    $"Row {rowList.Count + 1} has {cells.Length} cells; the table has {columnArray.Length} columns.", nameof(rows));
            }
            rowList.Add(cells);
        }
        Columns = columnArray;
        Rows = rowList;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string?>> Rows { get; }
}
