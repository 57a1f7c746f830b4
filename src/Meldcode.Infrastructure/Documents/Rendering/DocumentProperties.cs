using System.Security.Cryptography;
using System.Text;
using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Documents.Layout;
using PdfSharp.Pdf;

namespace Meldcode.Infrastructure.Documents.Rendering;

/// <summary>
/// The PDF's metadata: title, subject, author (the organisation), creator, keywords (the document identifier),
/// creation date and file identifiers, both derived from the caller's data only, so the same input gives the same
/// metadata.
/// </summary>
internal static class DocumentProperties
{
    public const string Creator = "Meldcode";
    public const string Language = "nl-NL";
    private const int MaxLength = 1000;

    public static void Apply(PdfDocument pdf, DocumentDescription description, bool pdfA)
    {
        pdf.Info.Title = Text(description.Title, pdfA);
        pdf.Info.Subject = Text(description.Subject, pdfA);
        pdf.Info.Author = Text(description.Organisation, pdfA);
        pdf.Info.Keywords = Text(description.DocumentId, pdfA);
        pdf.Info.Creator = Creator;
        pdf.Info.CreationDate = description.CreatedAt.UtcDateTime;
        pdf.Info.ModificationDate = description.CreatedAt.UtcDateTime;
        pdf.Language = Language;
        pdf.ViewerPreferences.DisplayDocTitle = true;

        var created = description.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        pdf.Internals.FirstDocumentID = Identifier(description.DocumentId);
        pdf.Internals.SecondDocumentID = Identifier(description.DocumentId + "\n" + created);
    }

    /// <summary>
    /// One line of at most 1000 characters. For PDF/A, PDFsharp (6.2 and 6.5 alike) copies these values into the XMP metadata
    /// without escaping them, so the XML-special characters are swapped for look-alikes that keep the XML valid.
    /// </summary>
    public static string Text(string value, bool pdfA)
    {
        var text = TextCleaner.CleanLine(value);
        if (text.Length > MaxLength)
        {
            text = string.Concat(text.AsSpan(0, MaxLength - 1), "…");
        }
        return pdfA ? text.Replace('&', '＆').Replace('<', '‹').Replace('>', '›') : text;
    }

    /// <summary>A 16-byte file identifier (PDFsharp takes it as one character per byte) from a hash of the text.</summary>
    private static string Identifier(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Encoding.Latin1.GetString(hash, 0, 16);
    }
}
