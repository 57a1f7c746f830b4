using Meldcode.Application.Common.Documents;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Infrastructure.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

[Collection(nameof(PdfSetupTests))]
public sealed class PdfSetupTests
{
    [Fact]
    public void AddPdfDocuments_registers_one_renderer_that_follows_the_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:PdfA"] = "false" })
            .Build();
        using var provider = new ServiceCollection().AddPdfDocuments(configuration).BuildServiceProvider();

        var renderer = provider.GetRequiredService<IDocumentRenderer>();
        using var pdf = new Support.PdfFile(renderer.RenderPdf(With(new ParagraphBlock("Via de container"))));

        Assert.Same(renderer, provider.GetRequiredService<IDocumentRenderer>());
        Assert.Contains("Via de container", pdf.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", System.Text.Encoding.Latin1.GetString(pdf.Bytes), StringComparison.Ordinal);
    }
}
