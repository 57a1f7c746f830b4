using Meldcode.Application.Common.Documents;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class FieldsBlockTests
{
    private static readonly DocumentField[] Fields =
        [new("Naam", "Zoë de Vries"), new("School", null), new("Klas", "   "), new("Mentor", "Łukasz Kowalczyk")];

    [Fact]
    public void An_empty_value_shows_niet_ingevuld()
    {
        using var pdf = Render(new FieldsBlock(Fields));

        var lines = pdf.LayoutText().Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

        Assert.Contains("Naam Zoë de Vries", lines);
        Assert.Contains("School niet ingevuld", lines);
        Assert.Contains("Klas niet ingevuld", lines);
        Assert.Contains("Mentor Łukasz Kowalczyk", lines);
    }

    [Fact]
    public void Labels_and_values_wrap_in_their_own_columns()
    {
        var value = NumberedWords("waarde", 60);
        using var pdf = Render(new FieldsBlock([new DocumentField("Een label dat te lang is voor zijn kolom en dus afbreekt", value)]));

        var words = pdf.BodyWords();
        var valueWords = words.Where(w => w.Text.StartsWith("waarde", StringComparison.Ordinal)).ToList();
        var labelWords = words.Except(valueWords).ToList();

        Assert.Equal(value.Split(' '), valueWords.Select(w => w.Text));
        Assert.True(labelWords.Select(w => Math.Round(w.YMin)).Distinct().Count() >= 2, "The label should wrap.");
        Assert.True(labelWords.Max(w => w.XMax) < valueWords.Min(w => w.XMin), "Labels and values overlap.");
    }
}
