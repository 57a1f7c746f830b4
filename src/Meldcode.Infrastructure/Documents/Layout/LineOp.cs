using PdfSharp.Drawing;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A straight line: decoration, drawn as an artifact unless inside one already.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, XPen Pen) : DrawOp;
