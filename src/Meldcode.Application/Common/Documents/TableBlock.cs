namespace Meldcode.Application.Common.Documents;

/// <summary>
/// A table with a header row and at least one column; every row has a cell for each column. In print, cells
/// wrap, and a long table continues on the next page with the header repeated.
/// </summary>
public sealed record TableBlock : DocumentBlock
{
    public TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        foreach (var column in columns)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i], nameof(rows));
            if (rows[i].Count != columns.Count)
            {
                throw new ArgumentException($"Row {i + 1} has {rows[i].Count} cells; the table has {columns.Count} columns.", nameof(rows));
            }
        }

        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}
