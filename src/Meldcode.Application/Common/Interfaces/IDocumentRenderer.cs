using Meldcode.Application.Common.Documents;

namespace Meldcode.Application.Common.Interfaces;

/// <summary>
/// Lays a composed document out as a PDF (Infrastructure: <c>PdfRenderer</c>, on PDFsharp). It adds nothing to the
/// content; only what every page carries: the organisation, reference and marking at the top, who made it, when,
/// the page number and the document identifier at the bottom.
/// </summary>
public interface IDocumentRenderer
{
    byte[] RenderPdf(PrintableDocument document);
}
