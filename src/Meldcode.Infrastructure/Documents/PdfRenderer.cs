using Meldcode.Infrastructure.Documents.Fonts;
using Meldcode.Infrastructure.Documents.Layout;
using Meldcode.Infrastructure.Documents.Rendering;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// Lays out a <see cref="PrintDocument"/> on A4 pages and writes it with PDFsharp: fonts embedded as Unicode
/// subsets, a tagged structure (headings, paragraphs, tables; header, footer and lines as artifacts), and
/// unless switched off, PDFsharp's PDF/A marking. The body is laid out first, so "pagina X van Y" knows Y.
/// </summary>
public sealed class PdfRenderer : IPdfRenderer
{
    private readonly PdfOptions _options;

    /// <summary>
    /// Installs the font resolver. Fonts are process-wide in PDFsharp: the first renderer's <see cref="PdfOptions.FontFolder"/> wins.
    /// </summary>
    /// <exception cref="FontNotFoundException">No usable TrueType font was found.</exception>
    public PdfRenderer(PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        PdfFontSetup.EnsureInstalled(options.FontFolder);
    }

    public byte[] Render(PrintDocument document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    public void Render(PrintDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var pages = DocumentLayouter.Layout(document.Blocks);
        var running = RunningTexts.From(document, pages.Count);

        using var pdf = new PdfSharp.Pdf.PdfDocument();
        if (_options.PdfA)
        {
            pdf.SetPdfA();
        }
        DocumentProperties.Apply(pdf, document.Metadata, _options.PdfA);
        var structure = UAManager.ForDocument(pdf).StructureBuilder;

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var drawer = new PageDrawer(graphics, structure);
            drawer.Draw(PageFurniture.Header(running));
            drawer.Draw(pages[i].Ops);
            drawer.Draw(PageFurniture.Footer(running, i + 1, pages.Count));
        }

        ContentStreams.Compress(pdf);
        pdf.Save(output, closeStream: false);
    }
}
