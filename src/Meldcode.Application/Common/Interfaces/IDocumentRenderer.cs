using Meldcode.Application.Common.Documents;

namespace Meldcode.Application.Common.Interfaces;

/// <summary>Lays a composed document out as a PDF (Infrastructure: PDFsharp). It adds nothing to the content.</summary>
public interface IDocumentRenderer
{
    byte[] RenderPdf(PrintableDocument document);
}
