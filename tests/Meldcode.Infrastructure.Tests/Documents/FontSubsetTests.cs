using System.Buffers.Binary;
using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Documents.Fonts;
using Meldcode.Infrastructure.Documents.Layout;
using PdfSharp.Fonts;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

/// <summary>
/// PDFsharp (6.2 and 6.5 alike) copies only one level of composite glyphs into a font subset; DejaVu builds letters with two
/// marks from nested composites. These tests hold the workaround: nested composites are flattened on load.
/// </summary>
public sealed class FontSubsetTests
{
    private const string DejaVuFolder = "/usr/share/fonts/truetype/dejavu/";

    public FontSubsetTests() => _ = Renderer; // installs the font resolver

    [Theory]
    [InlineData("DejaVuSans.ttf")]
    [InlineData("DejaVuSans-Bold.ttf")]
    [InlineData("DejaVuSans-Oblique.ttf")]
    [InlineData("DejaVuSans-BoldOblique.ttf")]
    public void Flattening_leaves_no_composite_glyph_made_of_composites_and_keeps_every_glyph_number(string file)
    {
        var original = File.ReadAllBytes(DejaVuFolder + file);

        var flattened = CompositeGlyphFlattener.Flatten(original);

        Assert.True(CompositeGlyphFlattener.CountNestedComposites(original) > 400);
        Assert.Equal(0, CompositeGlyphFlattener.CountNestedComposites(flattened));
        var before = TrueTypeFile.Parse(original).Glyphs();
        var after = TrueTypeFile.Parse(flattened).Glyphs();
        Assert.Equal(before.Length, after.Length);
        Assert.Equal(before.Count(CompositeGlyphFlattener.IsComposite), after.Count(CompositeGlyphFlattener.IsComposite));
        Assert.All(Enumerable.Range(0, before.Length).Where(id => !CompositeGlyphFlattener.IsComposite(before[id])),
            id => Assert.Equal(before[id], after[id]));
        Assert.Equal(0xB1B0AFBAu, Checksum(flattened));
    }

    [Fact]
    public void A_letter_with_two_marks_is_rebuilt_from_the_base_letter_and_both_marks()
    {
        var font = Typography.Body.Font;
        var glyph = GlyphHelper.GlyphIndexFromCodePoint('ễ', font);
        var original = TrueTypeFile.Parse(File.ReadAllBytes(DejaVuFolder + "DejaVuSans.ttf")).Glyphs();
        var flattened = TrueTypeFile.Parse(CompositeGlyphFlattener.Flatten(File.ReadAllBytes(DejaVuFolder + "DejaVuSans.ttf"))).Glyphs();

        var nested = CompositeGlyphFlattener.ComponentsOf(original[glyph]);
        var parts = CompositeGlyphFlattener.ComponentsOf(flattened[glyph]);

        Assert.Contains(nested, component => CompositeGlyphFlattener.IsComposite(original[component]));
        Assert.Equal(3, parts.Count);
        Assert.All(parts, part => Assert.False(CompositeGlyphFlattener.IsComposite(flattened[part])));
        Assert.Equal(
            nested.SelectMany(c => CompositeGlyphFlattener.IsComposite(original[c]) ? CompositeGlyphFlattener.ComponentsOf(original[c]) : [c]).Order(),
            parts.Order());
    }

    [Fact]
    public void The_embedded_subset_holds_the_outlines_of_every_part_of_a_letter_with_two_marks()
    {
        using var pdf = Render(new ParagraphBlock("Nguyễn Thị Lan, Trần Văn Đức, Phạm Thị Ngọc Ánh"));
        var font = Assert.Single(pdf.Fonts(), font => font.Name.EndsWith("+DejaVu Sans", StringComparison.Ordinal));
        var subset = TrueTypeFile.Parse(pdf.EmbeddedFontProgram(font)).Glyphs();

        foreach (var letter in "ễịầăứọ")
        {
            var glyph = GlyphHelper.GlyphIndexFromCodePoint(letter, Typography.Body.Font);
            Assert.NotEmpty(CompositeGlyphFlattener.ComponentsOf(subset[glyph]));
            Assert.All(GlyphsUsedBy(subset, glyph), part => Assert.True(subset[part].Length > 10, $"Glyph {part} of '{letter}' has no outline in the subset."));
        }
    }

    /// <summary>A glyph and, for a composite, all glyphs it is built from, at any depth.</summary>
    private static IEnumerable<int> GlyphsUsedBy(byte[][] glyphs, int glyph) =>
        CompositeGlyphFlattener.ComponentsOf(glyphs[glyph]).SelectMany(part => GlyphsUsedBy(glyphs, part)).Prepend(glyph);

    [Fact]
    public void A_font_file_that_is_not_truetype_is_refused_by_the_reader()
    {
        Assert.Throws<InvalidDataException>(() => TrueTypeFile.Parse([0, 1, 0, 0, 0, 0]));
        Assert.Throws<InvalidDataException>(() => TrueTypeFile.Parse(System.Text.Encoding.ASCII.GetBytes("OTTO\0\0\0\0\0\0\0\0")));
    }

    private static uint Checksum(byte[] font)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= font.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(i)));
        }
        return sum;
    }
}
