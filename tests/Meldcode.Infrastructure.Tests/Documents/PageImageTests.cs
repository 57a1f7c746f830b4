using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class PageImageTests
{
    /// <summary>Not a pixel test: it leaves the sample record in test-artifacts/pdf to look at.</summary>
    [Fact]
    public void The_sample_record_is_written_as_pdf_to_the_test_artifacts()
    {
        var folder = RepositoryRoot.ArtifactsFolder("pdf");
        using var pdf = Render(Sample(signals: 20));

        var file = Path.Combine(folder, "sample-record.pdf");
        File.WriteAllBytes(file, pdf.Bytes);

        using var written = new PdfFile(File.ReadAllBytes(file));
        Assert.Equal(pdf.PageCount, written.PageCount);
    }
}
