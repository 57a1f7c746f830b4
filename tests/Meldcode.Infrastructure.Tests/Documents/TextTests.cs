using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Documents.Layout;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

/// <summary>The text cleaning and line breaking below the renderer, measured with the real font.</summary>
public sealed class TextTests
{
    public TextTests() => _ = Renderer; // installs the font resolver

    [Theory]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("kolom\tkolom", "kolom kolom")]
    [InlineData("nul\u0000bel\u0007esc\u001b!", "nulbelesc!")]
    [InlineData("\u202Eomgekeerd\u202C en \u2066iso\u2069", "omgekeerd en iso")]
    [InlineData("e\u0301 o\u0308", "é ö")]
    [InlineData("  \n rand \n ", "rand")]
    [InlineData("regel\u2028scheiding", "regel\nscheiding")]
    [InlineData("zacht\u00ADafbreek\u00ADstreepje", "zachtafbreekstreepje")]
    public void Text_is_cleaned_before_it_is_drawn(string input, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(input));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        var broken = "half " + new string('\uD800', 1) + " paar " + new string('\uDC00', 1);

        Assert.Equal("half \uFFFD paar \uFFFD", TextCleaner.Clean(broken));
    }

    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        const string text = "Zoë “citaat” € – Nguyễn";

        Assert.Same(text, TextCleaner.Clean(text));
    }

    [Fact]
    public void Wrapped_lines_never_exceed_the_width_and_keep_every_word_in_order()
    {
        var text = string.Join(' ', Enumerable.Range(1, 300).Select(i => new string('x', 1 + (i * 13 % 17)) + i));

        var lines = LineBreaker.Wrap(text, Typography.Body, 200);

        Assert.True(lines.Count > 10);
        Assert.All(lines, line => Assert.True(Typography.Body.Width(line) <= 200 + 1e-6, $"'{line}' is too wide."));
        Assert.Equal(text.Split(' '), lines.SelectMany(line => line.Split(' ')));
    }

    [Fact]
    public void A_long_word_is_cut_into_full_lines_and_the_rest_continues_with_the_next_words()
    {
        var word = new string('m', 500);

        var lines = LineBreaker.Wrap("begin " + word + " eind", Typography.Body, 150);

        Assert.Equal("begin", lines[0]);
        Assert.Equal(word + " eind", string.Concat(lines.Skip(1)).Replace("eind", " eind", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(Typography.Body.Width(line) <= 150 + 1e-6));
        Assert.EndsWith(" eind", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Breaking_a_word_never_splits_a_surrogate_pair_or_a_combining_mark_from_its_letter()
    {
        var word = string.Concat(Enumerable.Repeat("😀a\u0308\u0323", 40));

        var lines = LineBreaker.Wrap(word, Typography.Body, 30);

        Assert.True(lines.Count > 5);
        Assert.Equal(word, string.Concat(lines));
        Assert.All(lines, line =>
        {
            Assert.False(char.IsLowSurrogate(line[0]));
            Assert.False(char.IsHighSurrogate(line[^1]));
            Assert.NotEqual('\u0308', line[0]);
            Assert.NotEqual('\u0323', line[0]);
        });
    }

    [Fact]
    public void Hard_line_breaks_and_blank_lines_survive_wrapping()
    {
        Assert.Equal(["een", "", "twee", "drie"], LineBreaker.Wrap("een\n\ntwee\ndrie", Typography.Body, 400));
        Assert.Empty(LineBreaker.Wrap("", Typography.Body, 400));
    }

    [Fact]
    public void A_single_line_that_is_too_long_is_shortened_with_an_ellipsis()
    {
        var fitted = LineBreaker.Fit(NumberedWords("kop", 100), Typography.Footer, 120);

        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.True(Typography.Footer.Width(fitted) <= 120 + 1e-6);
        Assert.Equal("kort", LineBreaker.Fit("kort", Typography.Footer, 120));
    }

    [Fact]
    public void Widths_add_up_per_character_because_pdfsharp_does_not_kern()
    {
        var metrics = Typography.Body.Metrics;

        Assert.Equal(metrics.Width("AV"), metrics.Width("A") + metrics.Width("V"), precision: 9);
        Assert.True(metrics.Width("W") > metrics.Width("i"));
        Assert.Equal(0, metrics.Width("\u0301"));
    }

    [Fact]
    public void Block_arguments_are_checked_when_the_document_is_described()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HeadingBlock(4, "Kop"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumn("Kolom", 0));
        Assert.Throws<ArgumentException>(() => new TableBlock([], []));
        Assert.Throws<ArgumentNullException>(() => new ParagraphBlock(null!));
    }
}
