using Meldcode.Domain.Common;

namespace Meldcode.Domain.Tests.Common;

/// <summary>The child's own words get exactly one pair of quotation marks, also when they were typed with marks.</summary>
public sealed class QuotationTests
{
    [Theory]
    [InlineData("Papa was boos", "“Papa was boos”")]
    [InlineData("  Papa was boos  ", "“Papa was boos”")]
    [InlineData("\"Papa was boos\"", "“Papa was boos”")]
    [InlineData("“Papa was boos”", "“Papa was boos”")]
    [InlineData("„Papa was boos”", "“Papa was boos”")]
    [InlineData("„Papa was boos“", "“Papa was boos”")]
    [InlineData("'Papa was boos'", "“Papa was boos”")]
    [InlineData("‘Papa was boos’", "“Papa was boos”")]
    [InlineData("«Papa was boos»", "“Papa was boos”")]
    [InlineData("\" Papa was boos \"", "“Papa was boos”")]
    [InlineData("\"Mama zei: 'niks zeggen'\"", "“Mama zei: 'niks zeggen'”")]
    public void Words_quoted_as_a_whole_keep_one_pair_of_marks(string typed, string expected)
    {
        Assert.Equal(expected, Quotation.Quote(typed));
    }

    [Theory]
    [InlineData("\"Au\", zei ze, \"stop\"", "“\"Au\", zei ze, \"stop\"”")]
    [InlineData("Hij zei \"au\" en liep weg", "“Hij zei \"au\" en liep weg”")]
    [InlineData("'s Avonds is papa boos", "“'s Avonds is papa boos”")]
    [InlineData("\"", "“\"”")]
    [InlineData("Papa was boos\"", "“Papa was boos\"”")]
    public void Marks_that_do_not_enclose_the_whole_text_stay_as_typed(string typed, string expected)
    {
        Assert.Equal(expected, Quotation.Quote(typed));
    }
}
