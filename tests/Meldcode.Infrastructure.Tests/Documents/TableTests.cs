using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class TableTests
{
    private static readonly TableColumn[] Columns =
        [new TableColumn("Kolomdatum", 1), new TableColumn("Kolomomschrijving", 4), new TableColumn("Kolomauteur", 1.5)];

    [Fact]
    public void The_header_row_repeats_on_every_page_of_a_long_table()
    {
        var rows = Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[$"Rij{i:000}", $"Omschrijving van rij {i} die soms wat langer is dan een regel breed is.", "Sanne"]);
        using var pdf = Render(new TableBlock(Columns, [.. rows]));

        Assert.True(pdf.PageCount >= 3, $"Expected at least three pages, got {pdf.PageCount}.");
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var text = pdf.Text(page);
            Assert.Contains("Kolomdatum", text, StringComparison.Ordinal);
            Assert.Contains("Kolomomschrijving", text, StringComparison.Ordinal);
            Assert.Contains("Kolomauteur", text, StringComparison.Ordinal);
        }
        var body = string.Join(' ', pdf.BodyWords().Select(word => word.Text));
        var positions = Enumerable.Range(1, 150).Select(i => body.IndexOf($"Rij{i:000}", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_header_row_is_the_first_thing_on_each_continuation_page()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"Rij{i:000}", "Omschrijving", "Sanne"]);
        using var pdf = Render(new TableBlock(Columns, [.. rows]));

        for (var page = 2; page <= pdf.PageCount; page++)
        {
            var first = pdf.Words(page).Where(word => word.YMin > Geometry.HeaderRule).MinBy(word => word.YMin)!;
            Assert.Contains(first.Text, new[] { "Kolomdatum", "Kolomomschrijving", "Kolomauteur" });
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_breaks_across_pages_without_losing_text()
    {
        var tall = NumberedWords("woord", 1500);
        using var pdf = Render(
            new ParagraphBlock("Voor de tabel."),
            new TableBlock(Columns, [["Korte-cel", tall, "Auteur-cel"], ["Volgende-rij", "na de lange rij", "Sanne"]]));

        var body = pdf.BodyWords().Select(word => word.Text).ToList();

        Assert.True(pdf.PageCount >= 3, $"Expected the row to span pages, got {pdf.PageCount} page(s).");
        Assert.Equal(tall.Split(' '), body.Where(word => word.StartsWith("woord", StringComparison.Ordinal)));
        Assert.Single(body, "Korte-cel");
        Assert.Single(body, "Auteur-cel");
        Assert.Contains("Volgende-rij", pdf.Text(pdf.PageCount), StringComparison.Ordinal);
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            Assert.Contains("Kolomomschrijving", pdf.Text(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cells_wrap_within_their_own_column()
    {
        var long1 = NumberedWords("links", 40);
        var long2 = NumberedWords("midden", 80);
        using var pdf = Render(new TableBlock(Columns, [[long1, long2, "rechts"]]));

        var words = pdf.BodyWords();
        var boundary = Geometry.Left + ((Geometry.Right - Geometry.Left) * 1 / 6.5);

        Assert.All(words.Where(w => w.Text.StartsWith("links", StringComparison.Ordinal)), w => Assert.True(w.XMax <= boundary, $"{w.Text} crosses into the next column."));
        Assert.All(words.Where(w => w.Text.StartsWith("midden", StringComparison.Ordinal)), w => Assert.True(w.XMin >= boundary));
        Assert.Equal(long2.Split(' '), words.Select(w => w.Text).Where(t => t.StartsWith("midden", StringComparison.Ordinal)));
    }

    [Fact]
    public void Empty_cells_print_empty_and_the_table_still_renders()
    {
        using var pdf = Render(new TableBlock(Columns, [["", "alleen midden", ""]]));

        Assert.Equal(["Kolomdatum", "Kolomomschrijving", "Kolomauteur", "alleen", "midden"], pdf.BodyWords().Select(w => w.Text));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => new TableBlock(Columns, [["een", "twee"]]));

        Assert.Contains("Row 1 has 2 cells; the table has 3 columns.", exception.Message, StringComparison.Ordinal);
    }
}
