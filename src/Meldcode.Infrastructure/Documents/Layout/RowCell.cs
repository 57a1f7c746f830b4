namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A cell of a row: its text column and wrapped lines.</summary>
internal sealed record RowCell(double X, IReadOnlyList<string> Lines, TextFormat Format, StructureTag Tag);
