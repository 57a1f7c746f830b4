using PdfSharp.Drawing;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A filled rectangle: decoration, drawn as an artifact unless inside one already.</summary>
internal sealed record FillOp(double X, double Y, double Width, double Height, XBrush Brush) : DrawOp;
