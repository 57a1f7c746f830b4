using Meldcode.Application.Common.Documents;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Domain.Common;

namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// The Application's document port on the PDF layout layer: translates what a document says
/// (<see cref="PrintableDocument"/>) into how it is laid out (<see cref="PrintDocument"/>), with the
/// organisation, reference and "VERTROUWELIJK" on every page and who made it, when, in the footer.
/// </summary>
public sealed class PrintableDocumentRenderer(IPdfRenderer pdf) : IDocumentRenderer
{
    public byte[] RenderPdf(PrintableDocument document) => pdf.Render(ToPrint(document));

    public static PrintDocument ToPrint(PrintableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var d = document.Description;
        return new PrintDocument(
            new PrintMetadata(d.Title, d.Subject, d.Organisation, d.CreatedAt, d.DocumentId),
            new RunningHeader(d.Organisation, d.Reference),
            $"Gemaakt op {DutchTime.Moment(d.CreatedAt)} door {d.CreatedBy}",
            document.Blocks.Select(ToBlock));
    }

    private static Block ToBlock(DocumentBlock block) => block switch
    {
        HeadingBlock heading => new Heading(heading.Text, heading.Level),
        ParagraphBlock paragraph => new Paragraph(paragraph.Text, paragraph.Emphasis switch
        {
            TextEmphasis.Strong => ParagraphStyle.Strong,
            TextEmphasis.Muted => ParagraphStyle.Muted,
            _ => ParagraphStyle.Normal,
        }),
        FieldsBlock fields => new KeyValueList(fields.Fields.Select(f => new KeyValueItem(f.Label, f.Text))),
        TableBlock table => new Table(table.Columns.Select(c => new TableColumn(c.Header, c.RelativeWidth)), table.Rows),
        _ => throw new NotSupportedException($"No PDF layout for {block.GetType().Name}."),
    };
}
