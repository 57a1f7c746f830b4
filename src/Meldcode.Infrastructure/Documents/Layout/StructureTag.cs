namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>The structure a piece of content belongs to in the tagged PDF; <see cref="Artifact"/> is decoration.</summary>
internal enum StructureTag
{
    Artifact,
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    Table,
    TableRow,
    TableHeaderCell,
    TableDataCell,
}
