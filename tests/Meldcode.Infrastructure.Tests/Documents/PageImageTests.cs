using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class PageImageTests
{
    /// <summary>Not a pixel test: it leaves the sample record and its pages in test-artifacts/pdf to look at.</summary>
    [Fact]
    public void The_sample_record_is_written_as_pdf_and_page_images_to_the_test_artifacts()
    {
        var folder = RepositoryRoot.ArtifactsFolder("pdf");
        using var pdf = Render(Sample(signals: 20));

        File.WriteAllBytes(Path.Combine(folder, "sample-record.pdf"), pdf.Bytes);
        pdf.WritePageImages(Path.Combine(folder, "sample-record"), resolution: 60);

        var images = Directory.GetFiles(folder, "sample-record-*.png");
        Assert.Equal(pdf.PageCount, images.Length);
    }
}
