using Meldcode.Infrastructure.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

/// <summary>Licence and registration touch process-wide PDFsharp state, so these tests run on their own.</summary>
[CollectionDefinition(nameof(PdfSetupTests), DisableParallelization = true)]
public sealed class PdfSetupCollection;

[Collection(nameof(PdfSetupTests))]
public sealed class PdfSetupTests
{
    [Fact]
    public void The_agpl_licence_is_applied_once_and_applying_it_again_changes_nothing()
    {
        PdfLicensing.Apply(null);
        PdfLicensing.EnsureApplied();

        Assert.Equal(PdfLicenseMode.Agpl, PdfLicensing.Mode);
    }

    [Fact]
    public void A_licence_key_pdfsharp_rejects_fails_with_a_message_naming_the_setting_but_not_the_key()
    {
        PdfLicensing.EnsureApplied();
        const string key = "Z2VlbiBlY2h0ZSBzbGV1dGVsIG1hYXIgZWVuIHRlc3Q=";

        var exception = Assert.Throws<InvalidOperationException>(() => PdfLicensing.Apply(key));

        Assert.Contains("Pdf:LicenseKey", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, exception.Message, StringComparison.Ordinal);
        Assert.Equal(PdfLicenseMode.Agpl, PdfLicensing.Mode);
        using var pdf = Render(new Paragraph("Nog steeds te maken"));
        Assert.Contains("Nog steeds te maken", pdf.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddPdfDocuments_registers_one_renderer_that_follows_the_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:PdfA"] = "false" })
            .Build();
        using var provider = new ServiceCollection().AddPdfDocuments(configuration).BuildServiceProvider();

        var renderer = provider.GetRequiredService<IPdfRenderer>();
        using var pdf = new Support.PdfFile(renderer.Render(With(new Paragraph("Via de container"))));

        Assert.Same(renderer, provider.GetRequiredService<IPdfRenderer>());
        Assert.Equal(PdfLicenseMode.Agpl, PdfLicensing.Mode);
        Assert.Contains("Via de container", pdf.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", System.Text.Encoding.Latin1.GetString(pdf.Bytes), StringComparison.Ordinal);
    }
}
