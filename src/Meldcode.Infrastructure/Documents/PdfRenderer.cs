using Meldcode.Application.Common.Documents;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Infrastructure.Documents.Fonts;
using Meldcode.Infrastructure.Documents.Layout;
using Meldcode.Infrastructure.Documents.Rendering;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// The document port on PDFsharp: lays out a <see cref="PrintableDocument"/> on A4 pages, with the organisation,
/// reference and "VERTROUWELIJK" at the top of every page and who made it, when, the page number and the
/// document identifier at the bottom. Fonts are embedded as Unicode subsets; the structure is tagged (headings,
/// paragraphs, tables; header, footer and lines as artifacts); unless switched off, PDFsharp's PDF/A marking is
/// applied. The body is laid out first, so "pagina X van Y" knows Y. Thread-safe; register as a singleton.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer
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

    public byte[] RenderPdf(PrintableDocument document)
    {
        using var output = new MemoryStream();
        RenderPdf(document, output);
        return output.ToArray();
    }

    /// <summary>Writes the PDF to <paramref name="output"/>, which stays open.</summary>
    public void RenderPdf(PrintableDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var pages = DocumentLayouter.Layout(document.Blocks);
        var running = RunningTexts.From(document.Description, pages.Count);

        using var pdf = new PdfSharp.Pdf.PdfDocument();
        if (_options.PdfA)
        {
            pdf.SetPdfA();
        }
        DocumentProperties.Apply(pdf, document.Description, _options.PdfA);
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
