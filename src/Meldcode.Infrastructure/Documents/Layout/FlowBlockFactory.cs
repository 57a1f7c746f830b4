using Meldcode.Application.Common.Documents;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>Turns the blocks of a <see cref="PrintableDocument"/> into wrapped, measured <see cref="FlowBlock"/>s.</summary>
internal static class FlowBlockFactory
{
    private const double CellPadding = 4;
    private const double KeyColumnShare = 0.3;
    private const double KeyGap = 10;

    public static List<FlowBlock> Create(IReadOnlyList<DocumentBlock> blocks)
    {
        var result = new List<FlowBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            result.Add(block switch
            {
                HeadingBlock heading => Create(heading),
                ParagraphBlock paragraph => Create(paragraph),
                FieldsBlock fields => Create(fields),
                TableBlock table => Create(table),
                _ => throw new NotSupportedException($"No PDF layout for {block.GetType().Name}."),
            });
        }
        KeepHeadingsWithNext(result);
        return result;
    }

    /// <summary>
    /// Gives every heading the height that must fit on its page: itself plus the start of what
    /// follows, which for a heading followed by a heading includes that one's start too (hence back to front).
    /// </summary>
    private static void KeepHeadingsWithNext(List<FlowBlock> blocks)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i] is TextFlow { KeepsWithNext: true } heading && i + 1 < blocks.Count)
            {
                var next = blocks[i + 1];
                var nextLead = next.LeadHeight;
                heading.KeepWithNextHeight = nextLead > 0 ? heading.Height + heading.SpaceAfter + next.SpaceBefore + nextLead : 0;
            }
        }
    }

    private static TextFlow Create(HeadingBlock heading)
    {
        var format = Typography.ForHeading(heading.Level);
        var (tag, before, after) = heading.Level switch
        {
            1 => (StructureTag.Heading1, 16.0, 6.0),
            2 => (StructureTag.Heading2, 12.0, 4.0),
            _ => (StructureTag.Heading3, 8.0, 3.0),
        };
        return new TextFlow(Wrap(heading.Text, format, PageGeometry.ContentWidth), format, tag, before, after, keepsWithNext: true);
    }

    private static TextFlow Create(ParagraphBlock paragraph)
    {
        var format = Typography.ForParagraph(paragraph.Emphasis);
        return new TextFlow(Wrap(paragraph.Text, format, PageGeometry.ContentWidth), format, StructureTag.Paragraph, 0, 6, keepsWithNext: false);
    }

    /// <summary>
    /// Labels in a narrow column with their values beside them. A value with nothing left to print once cleaned
    /// (only control or invisible characters) reads "niet ingevuld", set apart in the placeholder format.
    /// </summary>
    private static RowsFlow Create(FieldsBlock fields)
    {
        var keyWidth = (PageGeometry.ContentWidth * KeyColumnShare) - KeyGap;
        var valueX = PageGeometry.Left + (PageGeometry.ContentWidth * KeyColumnShare);
        var valueWidth = PageGeometry.Right - valueX;
        var rows = new List<RowBlock>(fields.Fields.Count);
        foreach (var field in fields.Fields)
        {
            var value = TextCleaner.Clean(field.Text);
            var (valueText, valueFormat) = value.Length == 0
                ? (DocumentField.NotFilledIn, Typography.Placeholder)
                : (value, Typography.Body);
            rows.Add(new RowBlock(
            [
                new RowCell(PageGeometry.Left, Wrap(field.Label, Typography.KeyLabel, keyWidth), Typography.KeyLabel, StructureTag.TableHeaderCell),
                new RowCell(valueX, WrapClean(valueText, valueFormat, valueWidth), valueFormat, StructureTag.TableDataCell),
            ]));
        }
        return new RowsFlow(null, rows, new RowsStyle(Padding: 2, RowRules: false, SpaceAfter: 8));
    }

    private static RowsFlow Create(TableBlock table)
    {
        var columns = table.Columns;
        var total = 0.0;
        foreach (var column in columns)
        {
            total += column.RelativeWidth;
        }
        var xs = new double[columns.Count];
        var widths = new double[columns.Count];
        var x = PageGeometry.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            var width = PageGeometry.ContentWidth * columns[i].RelativeWidth / total;
            xs[i] = x + CellPadding;
            widths[i] = Math.Max(1, width - (2 * CellPadding));
            x += width;
        }

        var headerCells = new RowCell[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            headerCells[i] = new RowCell(xs[i], Wrap(columns[i].Header, Typography.TableHeader, widths[i]), Typography.TableHeader, StructureTag.TableHeaderCell);
        }
        var rows = new List<RowBlock>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = new RowCell[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = new RowCell(xs[i], Wrap(row[i], Typography.TableBody, widths[i]), Typography.TableBody, StructureTag.TableDataCell);
            }
            rows.Add(new RowBlock(cells));
        }
        return new RowsFlow(new RowBlock(headerCells), rows, new RowsStyle(Padding: 3, RowRules: true, SpaceAfter: 10));
    }

    /// <summary>Cleans, makes displayable in the format's face, and wraps.</summary>
    private static List<string> Wrap(string? text, TextFormat format, double width) =>
        WrapClean(TextCleaner.Clean(text), format, width);

    private static List<string> WrapClean(string cleaned, TextFormat format, double width) =>
        LineBreaker.Wrap(format.Metrics.Displayable(cleaned), format, width);
}
