using PdfSharp.Drawing;

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

/// <summary>One positioned drawing instruction of a laid-out page (y grows downwards, in points).</summary>
internal abstract record DrawOp;

/// <summary>A line of text with its baseline at <see cref="Baseline"/>.</summary>
internal sealed record TextOp(double X, double Baseline, string Text, TextFormat Format) : DrawOp;

internal sealed record LineOp(double X1, double Y1, double X2, double Y2, XPen Pen) : DrawOp;

internal sealed record FillOp(double X, double Y, double Width, double Height, XBrush Brush) : DrawOp;

internal sealed record BeginElementOp(StructureTag Tag) : DrawOp;

internal sealed record EndElementOp : DrawOp
{
    public static readonly EndElementOp Instance = new();
}

/// <summary>A laid-out page of the body.</summary>
internal sealed class LayoutPage
{
    public List<DrawOp> Ops { get; } = [];
}
