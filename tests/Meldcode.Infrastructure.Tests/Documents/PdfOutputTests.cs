using System.Xml.Linq;
using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Documents;
using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class PdfOutputTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    [Fact]
    public void The_metadata_holds_title_subject_author_creator_identifier_and_the_callers_creation_time()
    {
        using var pdf = Render(Sample(signals: 3));

        var info = pdf.Info();

        Assert.Equal("Verslag dossier D-2025-0042", info["Title"]);
        Assert.Equal("Meldcode-verslag", info["Subject"]);
        Assert.Equal(Organisation, info["Author"]);
        Assert.Equal("Meldcode", info["Creator"]);
        Assert.Equal(DocumentId, info["Keywords"]);
        Assert.Equal("2025-03-04T09:12:00Z", info["CreationDate"]);
        Assert.Equal("A4", info["Page size"].Split('(', ')')[1]);
    }

    [Fact]
    public void Every_font_is_embedded_as_a_unicode_subset()
    {
        using var pdf = Render(Sample(signals: 3));

        var fonts = pdf.Fonts();

        Assert.True(fonts.Count >= 3, "Regular, bold and italic are all used in the sample.");
        Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset && font.Unicode, font.Line));
        Assert.All(fonts, font => Assert.Matches("^[A-Z]{6}\\+", font.Name));
    }

    [Fact]
    public void Qpdf_finds_no_errors_or_warnings()
    {
        using var pdf = Render(Sample(signals: 20));

        var (exitCode, output) = pdf.QpdfCheck();

        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zoë, café, naïef en coördinatie")]
    [InlineData("“dubbele” en ‘enkele’ aanhalingstekens")]
    [InlineData("€ 12,50 voor 2020–2025")]
    [InlineData("Yılmaz, İstanbul, Çağrı Şahin, ğ ş ı İ")]
    [InlineData("Łukasz Kowalczyk uit Łódź, ź ż ó ł")]
    [InlineData("Nguyễn Thị Lan")]
    public void Special_characters_render_and_extract_exactly(string text)
    {
        using var pdf = Render(
            new HeadingBlock(2, text),
            new ParagraphBlock(text, TextEmphasis.Strong),
            new FieldsBlock([new DocumentField("Waarde", text)]),
            new TableBlock([new TableColumn("Kolom", 1)], [[text]]));

        var extracted = pdf.Text();

        Assert.Equal(4, CountOccurrences(extracted, text));
    }

    [Fact]
    public void Special_characters_survive_in_the_header_footer_and_metadata()
    {
        const string name = "Stichting Zoë & Łukasz — Nguyễn Thị Lan";
        var document = With(
            [new ParagraphBlock("Inhoud")],
            new DocumentDescription("Verslag “Yılmaz”", "Signalen – € 0", name, "Dossier İ-7", "MC-ğş-1", Created, "Łukasz Kowalczyk"));
        using var pdf = Render(document);

        var text = pdf.Text();
        var info = pdf.Info();

        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains("Dossier İ-7", text, StringComparison.Ordinal);
        Assert.Contains("Gemaakt op 04-03-2025 10:12 door Łukasz Kowalczyk", text, StringComparison.Ordinal);
        Assert.Equal("Verslag “Yılmaz”", info["Title"]);
        Assert.Equal("Signalen – € 0", info["Subject"]);
    }

    [Fact]
    public void The_document_is_marked_as_pdf_a_with_valid_xmp_metadata_an_output_intent_and_a_tagged_structure()
    {
        using var pdf = Render(Sample(signals: 3));

        var info = pdf.Info();
        var xmp = XDocument.Parse(pdf.XmpMetadata());

        Assert.Equal("yes", info["Tagged"]);
        Assert.Equal("1", xmp.Descendants(PdfAId + "part").Single().Value);
        Assert.Equal("A", xmp.Descendants(PdfAId + "conformance").Single().Value);
        Assert.Equal("Verslag dossier D-2025-0042", xmp.Descendants(Dc + "title").Descendants(Rdf + "li").Single().Value);
        Assert.Equal(["GTS_PDFA1"], pdf.OutputIntentSubtypes());
        Assert.True(pdf.HasStructureTree());
        Assert.Equal("nl-NL", pdf.Language());
    }

    [Fact]
    public void Xml_special_characters_in_the_metadata_keep_the_xmp_valid()
    {
        var document = With(
            [new ParagraphBlock("Inhoud")],
            new DocumentDescription("Jeugd & Gezin <script>alert(1)</script>", "a < b > c", "Jeugd & Gezin", "R&D", "MC-<1>", Created, Maker));
        using var pdf = Render(document);

        var xmp = XDocument.Parse(pdf.XmpMetadata());

        Assert.Equal("Jeugd ＆ Gezin ‹script›alert(1)‹/script›", xmp.Descendants(Dc + "title").Descendants(Rdf + "li").Single().Value);
        Assert.Equal(pdf.Info()["Title"], xmp.Descendants(Dc + "title").Descendants(Rdf + "li").Single().Value);
        Assert.Contains("Jeugd & Gezin", pdf.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pdf_a_the_document_has_no_pdf_a_marking_but_keeps_its_structure_and_literal_metadata()
    {
        var renderer = new PdfRenderer(new PdfOptions { PdfA = false });
        var document = With(
            [new ParagraphBlock("Inhoud")],
            new DocumentDescription("Jeugd & Gezin", "Onderwerp", Organisation, Reference, DocumentId, Created, Maker));
        using var pdf = new PdfFile(renderer.RenderPdf(document));

        Assert.DoesNotContain("pdfaid", System.Text.Encoding.Latin1.GetString(pdf.Bytes), StringComparison.Ordinal);
        Assert.Empty(pdf.OutputIntentSubtypes());
        Assert.Equal("yes", pdf.Info()["Tagged"]);
        Assert.Equal("Jeugd & Gezin", pdf.Info()["Title"]);
    }

    [Fact]
    public void The_same_document_renders_to_the_same_text_and_identifiers_each_time()
    {
        using var first = Render(Sample(signals: 5));
        using var second = Render(Sample(signals: 5));

        Assert.Equal(first.Text(), second.Text());
        Assert.Equal(first.FileIdentifier(), second.FileIdentifier());
    }

    [Fact]
    public void Rendering_to_a_stream_writes_the_pdf_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();

        Renderer.RenderPdf(With(new ParagraphBlock("In een stream")), stream);

        Assert.True(stream.CanWrite);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 5), StringComparison.Ordinal);
        using var pdf = new PdfFile(stream.ToArray());
        Assert.Contains("In een stream", pdf.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_many_documents_at_once_gives_each_its_own_correct_text()
    {
        var results = new string[8];
        Parallel.For(0, results.Length, i =>
        {
            using var pdf = new PdfFile(Renderer.RenderPdf(With(new ParagraphBlock($"Document nummer {i} van de parallelle reeks"))));
            results[i] = pdf.Text();
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Contains($"Document nummer {i} van de parallelle reeks", results[i], StringComparison.Ordinal);
        }
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
