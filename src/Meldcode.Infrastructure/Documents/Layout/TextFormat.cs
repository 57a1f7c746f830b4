using PdfSharp.Drawing;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A face, size, colour and line height: everything needed to measure and draw a line of text.</summary>
internal sealed class TextFormat
{
    private readonly Lazy<XFont> _font;

    public TextFormat(FontFace face, double size, XColor color, double lineHeight)
    {
        Face = face;
        Size = size;
        LineHeight = lineHeight;
        Brush = new XSolidBrush(color);
        _font = new Lazy<XFont>(() => GlyphMetrics.CreateFont(face, size));
    }

    public FontFace Face { get; }

    public double Size { get; }

    public double LineHeight { get; }

    public XBrush Brush { get; }

    public XFont Font => _font.Value;

    public GlyphMetrics Metrics => GlyphMetrics.For(Face);

    /// <summary>From the top of a line box to the baseline, with the free space shared above and below the glyphs.</summary>
    public double BaselineOffset
    {
        get
        {
            var metrics = Metrics;
            return ((LineHeight - ((metrics.Ascent + metrics.Descent) * Size)) / 2) + (metrics.Ascent * Size);
        }
    }

    /// <summary>The width of a text in points.</summary>
    public double Width(ReadOnlySpan<char> text) => Metrics.Width(text) * Size;
}
