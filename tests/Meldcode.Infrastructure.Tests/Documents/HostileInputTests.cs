using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class HostileInputTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void Html_and_script_are_printed_literally()
    {
        using var pdf = Render(
            new HeadingBlock(1, Script),
            new ParagraphBlock($"Voor {Script} na <b>vet</b> &amp; &lt;"),
            new FieldsBlock([new DocumentField("Label", Script)]),
            new TableBlock([new TableColumn(Script, 1)], [[Script]]),
            new ParagraphBlock(Script, TextEmphasis.Strong));

        var text = pdf.Text();

        Assert.Contains($"Voor {Script} na <b>vet</b> &amp; &lt;", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split(Script).Length - 1);
    }

    [Fact]
    public void Control_characters_are_removed_and_the_text_around_them_kept()
    {
        using var pdf = Render(
            new ParagraphBlock("a\u0000b\u0007c\u001b[31md\u007fe\u0085f"),
            new ParagraphBlock("links\u202Erechts\u200Fklaar\uFEFF!"),
            new TableBlock([new TableColumn("k\u0000op", 1)], [["ce\u0001l"]]));

        var text = pdf.Text();

        Assert.Contains("abc[31mde", text, StringComparison.Ordinal);
        Assert.Contains("f", text, StringComparison.Ordinal);
        Assert.Contains("linksrechtsklaar!", text, StringComparison.Ordinal);
        Assert.Contains("kop", text, StringComparison.Ordinal);
        Assert.Contains("cel", text, StringComparison.Ordinal);
        Assert.True(pdf.QpdfCheck().ExitCode == 0);
    }

    [Fact]
    public void Ten_thousand_character_fields_everywhere_render_within_the_page()
    {
        var huge = NumberedWords("lang", 1200)[..10_000];
        var document = With(
            [
                new HeadingBlock(1, huge),
                new ParagraphBlock(huge),
                new FieldsBlock([new DocumentField(huge, huge)]),
                new TableBlock([new TableColumn(huge, 1), new TableColumn("Tweede", 1)], [[huge, huge]]),
                new ParagraphBlock(huge, TextEmphasis.Strong),
            ],
            new DocumentDescription(huge, huge, huge, huge, huge, Created, huge));
        using var pdf = Render(document);

        // About thirty pages of text; a table header this tall is placed once, not repeated on every page.
        Assert.InRange(pdf.PageCount, 20, 45);
        Assert.Equal(0, pdf.QpdfCheck().ExitCode);
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            Assert.All(pdf.Words(page), word => Assert.InRange(word.XMax, 0, Geometry.Right + Geometry.Tolerance));
        }
        Assert.Contains("…", pdf.Text(page: 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_hundred_sections_of_several_paragraphs_render_completely()
    {
        var blocks = new List<DocumentBlock>();
        for (var section = 1; section <= 300; section++)
        {
            blocks.Add(new HeadingBlock(2, $"Sectie{section:000}"));
            blocks.Add(new ParagraphBlock($"Eerste alinea van sectie {section}. Het kind vertelde over thuis.\nTweede regel."));
            blocks.Add(new ParagraphBlock("Tweede alinea met een <script>alert(1)</script> erin.", TextEmphasis.Muted));
            blocks.Add(new FieldsBlock([new DocumentField("Door", "Sanne"), new DocumentField("Leeg", null)]));
        }
        using var pdf = Render(With(blocks));

        var text = pdf.Text();
        var positions = Enumerable.Range(1, 300).Select(i => text.IndexOf($"Sectie{i:000}", StringComparison.Ordinal)).ToList();

        Assert.True(pdf.PageCount > 30, $"Only {pdf.PageCount} pages.");
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"pagina {pdf.PageCount} van {pdf.PageCount}", pdf.Text(pdf.PageCount), StringComparison.Ordinal);
        Assert.Equal(300, text.Split("<script>alert(1)</script>").Length - 1);
    }

    [Fact]
    public void Characters_the_font_lacks_become_a_replacement_character_instead_of_an_empty_box()
    {
        using var pdf = Render(new ParagraphBlock("Naam: 王小明 en Zoë"));

        var text = pdf.Text();

        Assert.Contains("Naam: ��� en Zoë", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_letters_are_composed_so_they_extract_as_typed()
    {
        using var pdf = Render(new ParagraphBlock("Zoe\u0308 en Nguye\u0302\u0303n"));

        Assert.Contains("Zoë en Nguyễn", pdf.Text(), StringComparison.Ordinal);
    }
}
