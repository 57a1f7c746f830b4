namespace Meldcode.Infrastructure.Documents;

/// <summary>Renders a <see cref="PrintDocument"/> as a PDF. Thread-safe; register as a singleton.</summary>
public interface IPdfRenderer
{
    /// <summary>The PDF as bytes.</summary>
    byte[] Render(PrintDocument document);

    /// <summary>Writes the PDF to <paramref name="output"/>, which stays open.</summary>
    void Render(PrintDocument document, Stream output);
}
