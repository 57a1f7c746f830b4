using Meldcode.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meldcode.Infrastructure.Documents;

/// <summary>Registers the PDF documents.</summary>
public static class PdfDocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PdfRenderer"/> as the document port <see cref="IDocumentRenderer"/>, a singleton with the
    /// options of the <c>Pdf</c> section. Fonts are located when the renderer is first resolved.
    /// </summary>
    public static IServiceCollection AddPdfDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(PdfOptions.SectionName).Get<PdfOptions>() ?? new PdfOptions();
        services.TryAddSingleton<IDocumentRenderer>(_ => new PdfRenderer(options));
        return services;
    }
}
