namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// Settings of the PDF documents, bound from the configuration section <c>Pdf</c>.
/// </summary>
public sealed class PdfOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Pdf";

    /// <summary>An extra folder searched first for the TrueType fonts, before the system font folders.</summary>
    public string? FontFolder { get; set; }

    /// <summary>
    /// Whether documents are marked as PDF/A (PDFsharp's PDF/A-1a: XMP metadata, sRGB output intent,
    /// tagged structure). Default on; see ADR 0003 for what is and is not verified.
    /// </summary>
    public bool PdfA { get; set; } = true;
}
