using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meldcode.Infrastructure.Documents;

/// <summary>Registers the PDF documents.</summary>
public static class PdfDocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Applies the PDFsharp licence now (a commercial key from <c>Pdf:LicenseKey</c>, else the AGPL) and registers
    /// <see cref="IPdfRenderer"/> as a singleton. Fonts are located when the renderer is first resolved.
    /// </summary>
    public static IServiceCollection AddPdfDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(PdfOptions.SectionName).Get<PdfOptions>() ?? new PdfOptions();
        PdfLicensing.Apply(options.LicenseKey);
        services.TryAddSingleton<IPdfRenderer>(_ => new PdfRenderer(options));
        return services;
    }
}
