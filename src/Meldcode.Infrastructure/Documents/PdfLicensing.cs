using PdfSharp;

namespace Meldcode.Infrastructure.Documents;

/// <summary>The licence under which PDFsharp runs in this process.</summary>
public enum PdfLicenseMode
{
    /// <summary>No licence applied yet: PDFsharp refuses to create documents.</summary>
    None,

    /// <summary>PDFsharp's free AGPL-3.0 licence (Meldcode itself is AGPL-3.0-or-later).</summary>
    Agpl,

    /// <summary>A commercial licence key bought from empira.</summary>
    Commercial,
}

/// <summary>
/// Applies the PDFsharp licence once per process. PDFsharp 6.5 refuses to create a document until
/// either <see cref="PdfSharpLicense.SetAgplLicense"/> or <see cref="PdfSharpLicense.LoadLicense"/> was called.
/// </summary>
public static class PdfLicensing
{
    private static readonly Lock Gate = new();

    /// <summary>The licence applied so far.</summary>
    public static PdfLicenseMode Mode { get; private set; }

    /// <summary>
    /// Applies a commercial licence when <paramref name="commercialKey"/> is given, and the AGPL otherwise.
    /// Idempotent: the AGPL is applied only when no licence is in place, so it never replaces a commercial one.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key is not a licence PDFsharp accepts.</exception>
    public static void Apply(string? commercialKey)
    {
        lock (Gate)
        {
            if (string.IsNullOrWhiteSpace(commercialKey))
            {
                if (Mode == PdfLicenseMode.None)
                {
                    PdfSharpLicense.SetAgplLicense();
                    Mode = PdfLicenseMode.Agpl;
                }
                return;
            }

            try
            {
                PdfSharpLicense.LoadLicense(commercialKey.Trim());
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // PDFsharp keeps the licence it had; the message must not echo the key.
                throw new InvalidOperationException(
                    $"The PDFsharp licence key in configuration setting '{PdfOptions.SectionName}:{nameof(PdfOptions.LicenseKey)}' " +
                    $"could not be loaded ({exception.Message}). Remove the setting to run under the AGPL.", exception);
            }
            Mode = PdfLicenseMode.Commercial;
        }
    }

    /// <summary>Makes sure some licence is in place: the AGPL unless a commercial key was applied before.</summary>
    public static void EnsureApplied() => Apply(null);
}
