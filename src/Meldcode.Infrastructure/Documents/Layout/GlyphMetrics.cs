using System.Text;
using Meldcode.Infrastructure.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>
/// Advance widths and coverage of one font face, per code point, in em (multiply by the font size for points).
/// A width is measured once per process with PDFsharp and cached in 256-entry pages; lookups take no lock.
/// PDFsharp does not kern, so the width of a text is exactly the sum of its characters' widths.
/// </summary>
internal sealed class GlyphMetrics
{
    private const double ProbeSize = 1000;
    private const int PageBits = 8;
    private const int PageMask = (1 << PageBits) - 1;
    private const float MissingGlyph = -1f;

    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly Lazy<GlyphMetrics>[] Faces =
    [
        new(() => new GlyphMetrics(FontFace.Regular)),
        new(() => new GlyphMetrics(FontFace.Bold)),
        new(() => new GlyphMetrics(FontFace.Italic)),
        new(() => new GlyphMetrics(FontFace.BoldItalic)),
    ];

    private readonly Lock _gate = new();
    private readonly float[]?[] _pages = new float[]?[(0x10FFFF >> PageBits) + 1];
    private readonly XFont _probe;
    private readonly XGraphics _measureContext;
    private readonly int _replacement;

    private GlyphMetrics(FontFace face)
    {
        Face = face;
        _probe = CreateFont(face, ProbeSize);
        _measureContext = XGraphics.CreateMeasureContext(new XSize(ProbeSize * 4, ProbeSize * 4), XGraphicsUnit.Point, XPageDirection.Downwards);
        var metrics = _probe.Metrics;
        Ascent = metrics.Ascent / (double)metrics.UnitsPerEm;
        Descent = metrics.Descent / (double)metrics.UnitsPerEm;
        _replacement = Supports('\uFFFD') ? '\uFFFD' : '?';
    }

    public FontFace Face { get; }

    /// <summary>Height above the baseline, in em.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, in em.</summary>
    public double Descent { get; }

    public static GlyphMetrics For(FontFace face) => Faces[(int)face].Value;

    public static XFont CreateFont(FontFace face, double size) => new(SystemFontResolver.FamilyName, size, face switch
    {
        FontFace.Bold => XFontStyleEx.Bold,
        FontFace.Italic => XFontStyleEx.Italic,
        FontFace.BoldItalic => XFontStyleEx.BoldItalic,
        _ => XFontStyleEx.Regular,
    }, FontOptions);

    public bool Supports(int codePoint) => Lookup(codePoint) >= 0;

    /// <summary>The width of a text in em; characters the font lacks count as zero.</summary>
    public double Width(ReadOnlySpan<char> text)
    {
        double width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var advance = Lookup(rune.Value);
            if (advance > 0)
            {
                width += advance;
            }
        }
        return width;
    }

    /// <summary>
    /// The text with every character the font lacks replaced by U+FFFD (or "?"), so no empty box is drawn.
    /// Line breaks are kept for the line breaker.
    /// </summary>
    public string Displayable(string text)
    {
        var firstMissing = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsDisplayable(rune.Value))
            {
                firstMissing = index;
                break;
            }
            index += rune.Utf16SequenceLength;
        }
        if (firstMissing < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, firstMissing);
        foreach (var rune in text.AsSpan(firstMissing).EnumerateRunes())
        {
            if (IsDisplayable(rune.Value))
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append((char)_replacement);
            }
        }
        return builder.ToString();
    }

    private bool IsDisplayable(int codePoint) => codePoint == '\n' || Supports(codePoint);

    private float Lookup(int codePoint)
    {
        var page = Volatile.Read(ref _pages[codePoint >> PageBits]);
        if (page is not null)
        {
            var width = page[codePoint & PageMask];
            if (!float.IsNaN(width))
            {
                return width;
            }
        }
        return Measure(codePoint);
    }

    private float Measure(int codePoint)
    {
        lock (_gate)
        {
            var page = _pages[codePoint >> PageBits];
            if (page is null)
            {
                page = new float[PageMask + 1];
                Array.Fill(page, float.NaN);
                Volatile.Write(ref _pages[codePoint >> PageBits], page);
            }
            var width = GlyphHelper.GlyphIndexFromCodePoint(codePoint, _probe) == 0
                ? MissingGlyph
                : (float)(_measureContext.MeasureString(char.ConvertFromUtf32(codePoint), _probe).Width / ProbeSize);
            page[codePoint & PageMask] = width;
            return width;
        }
    }
}
