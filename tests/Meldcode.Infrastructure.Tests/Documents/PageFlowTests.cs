using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class PageFlowTests
{
    [Fact]
    public void A_long_paragraph_wraps_into_several_lines_that_all_stay_within_the_margins()
    {
        var text = string.Join(' ', Enumerable.Range(1, 160).Select(i => i % 7 == 0 ? $"betrokkenheidsgesprek{i}" : $"w{i}"));
        using var pdf = Render(new ParagraphBlock(text));

        var words = pdf.BodyWords();

        Assert.Equal(text.Split(' '), words.Select(word => word.Text));
        Assert.True(words.Select(word => Math.Round(word.YMin)).Distinct().Count() >= 5, "The paragraph should span several lines.");
        Assert.All(words, word => Assert.InRange(word.XMax, Geometry.Left, Geometry.Right + Geometry.Tolerance));
        Assert.All(words, word => Assert.True(word.XMin >= Geometry.Left - Geometry.Tolerance, $"{word.Text} starts left of the margin."));
    }

    [Fact]
    public void Enough_text_flows_onto_further_pages_in_its_original_order()
    {
        var paragraphs = Enumerable.Range(1, 150)
            .Select(i => new ParagraphBlock($"Alinea{i:000} begint hier. Het kind vertelde over de situatie thuis en de leerkracht noteerde wat zij zag."))
            .ToArray<DocumentBlock>();
        using var pdf = Render(paragraphs);

        var text = pdf.Text();
        var positions = Enumerable.Range(1, 150).Select(i => text.IndexOf($"Alinea{i:000}", StringComparison.Ordinal)).ToList();

        Assert.True(pdf.PageCount >= 3, $"Expected at least three pages, got {pdf.PageCount}.");
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Alinea001", pdf.Text(page: 1), StringComparison.Ordinal);
        Assert.Contains("Alinea150", pdf.Text(page: pdf.PageCount), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_of_ten_thousand_characters_is_broken_between_characters_and_stays_complete()
    {
        var word = string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)('a' + (i * 7 % 26))));
        using var pdf = Render(new ParagraphBlock("Voor " + word + " na"));

        var words = pdf.BodyWords();
        var body = string.Concat(words.Select(w => w.Text));

        Assert.Equal("Voor" + word + "na", body);
        Assert.True(pdf.PageCount >= 2);
        Assert.All(words, w => Assert.True(w.XMax <= Geometry.Right + Geometry.Tolerance, $"A piece ends at {w.XMax}, past the margin."));
    }

    [Fact]
    public void Line_breaks_in_the_text_start_new_lines_and_a_blank_line_is_kept()
    {
        using var pdf = Render(new ParagraphBlock("Eerste regel\nTweede regel\n\nNa een lege regel"));

        var lines = pdf.BodyWords().GroupBy(word => Math.Round(word.YMin)).OrderBy(line => line.Key).ToList();

        Assert.Equal(["Eerste regel", "Tweede regel", "Na een lege regel"], lines.Select(line => string.Join(' ', line.Select(w => w.Text))));
        var lineHeight = lines[1].Key - lines[0].Key;
        Assert.InRange(lines[2].Key - lines[1].Key, 1.9 * lineHeight, 2.1 * lineHeight);
    }

    [Fact]
    public void Every_page_shows_pagina_x_van_y_with_the_right_numbers()
    {
        using var pdf = Render(Sample(signals: 30));

        var pages = pdf.PageCount;

        Assert.True(pages >= 4);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"pagina {page} van {pages}", pdf.Text(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_carries_the_running_header_and_the_footer()
    {
        using var pdf = Render(Sample(signals: 30));

        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var text = pdf.Text(page);
            Assert.Contains(Organisation, text, StringComparison.Ordinal);
            Assert.Contains(Reference, text, StringComparison.Ordinal);
            Assert.Contains("VERTROUWELIJK", text, StringComparison.Ordinal);
            Assert.Contains(FooterLine, text, StringComparison.Ordinal);
            Assert.Contains("Document-ID: " + DocumentId, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        var headingOnFirstPage = 0;
        var headingOnLaterPage = 0;
        for (var filler = 28; filler <= 40; filler++)
        {
            var blocks = Enumerable.Range(1, filler).Select(i => (DocumentBlock)new ParagraphBlock($"Vulregel {i}")).ToList();
            blocks.Add(new HeadingBlock(2, "Kop-na-vulling"));
            blocks.Add(new ParagraphBlock("Tekst-na-kop en de rest van de alinea."));
            using var pdf = Render(With(blocks));

            var page = Enumerable.Range(1, pdf.PageCount).Single(p => pdf.Text(p).Contains("Kop-na-vulling", StringComparison.Ordinal));
            Assert.Contains("Tekst-na-kop", pdf.Text(page), StringComparison.Ordinal);
            _ = page == 1 ? headingOnFirstPage++ : headingOnLaterPage++;
        }

        // The range of filler lengths must straddle the page end, or the test proves nothing.
        Assert.True(headingOnFirstPage > 0 && headingOnLaterPage > 0);
    }

    [Fact]
    public void A_heading_followed_by_a_table_moves_along_with_the_table_header_and_first_row()
    {
        var pagesOfHeading = new HashSet<int>();
        for (var filler = 28; filler <= 40; filler++)
        {
            var blocks = Enumerable.Range(1, filler).Select(i => (DocumentBlock)new ParagraphBlock($"Vulregel {i}")).ToList();
            blocks.Add(new HeadingBlock(3, "Tabelkop"));
            blocks.Add(new TableBlock([new TableColumn("Kolomtitel", 1)], [["Eersterij"], ["Tweederij"]]));
            using var pdf = Render(With(blocks));

            var page = Enumerable.Range(1, pdf.PageCount).Single(p => pdf.Text(p).Contains("Tabelkop", StringComparison.Ordinal));
            Assert.Contains("Kolomtitel", pdf.Text(page), StringComparison.Ordinal);
            Assert.Contains("Eersterij", pdf.Text(page), StringComparison.Ordinal);
            pagesOfHeading.Add(page);
        }

        Assert.Equal([1, 2], pagesOfHeading.Order());
    }

    [Fact]
    public void An_empty_document_is_one_page_with_header_and_footer()
    {
        using var pdf = Render();

        Assert.Equal(1, pdf.PageCount);
        Assert.Contains("pagina 1 van 1", pdf.Text(), StringComparison.Ordinal);
    }
}
