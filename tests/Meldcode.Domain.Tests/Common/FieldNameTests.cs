using System.Globalization;
using Meldcode.Domain.Common;

namespace Meldcode.Domain.Tests.Common;

/// <summary>The one place that words the messages about a field: correct Dutch for one thing and for more.</summary>
public sealed class FieldNameTests
{
    [Theory]
    [InlineData(false, "de voornaam van het kind", 200, 201, "De voornaam van het kind mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(true, "de feiten", 10_000, 10_234, "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.234.")]
    [InlineData(true, "de eigen woorden van het kind", 10_000, 123_456, "De eigen woorden van het kind mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 123.456.")]
    [InlineData(false, "het label bij 1", 1, 2, "Het label bij 1 mag hoogstens 1 teken lang zijn. Nu zijn het er 2.")]
    [InlineData(false, "je reactie", 280, 1_000, "Je reactie mag hoogstens 280 tekens lang zijn. Nu zijn het er 1.000.")]
    public void A_too_long_text_is_named_with_its_number_and_Dutch_thousands(bool plural, string name, int max, int length, string expected)
    {
        Assert.Equal(expected, Field(plural, name).TooLong(max, length));
    }

    [Theory]
    [InlineData(false, "de datum van het gesprek", "Vul de datum van het gesprek in.", "De datum van het gesprek kan niet in de toekomst liggen.")]
    [InlineData(true, "de afspraken", "Vul de afspraken in.", "De afspraken kunnen niet in de toekomst liggen.")]
    [InlineData(false, "het moment", "Vul het moment in.", "Het moment kan niet in de toekomst liggen.")]
    public void Required_and_future_messages_agree_with_the_name(bool plural, string name, string required, string future)
    {
        var field = Field(plural, name);

        Assert.Equal(required, field.Required());
        Assert.Equal(future, field.InTheFuture());
    }

    [Theory]
    [InlineData(0, "0 tekens")]
    [InlineData(1, "1 teken")]
    [InlineData(2, "2 tekens")]
    [InlineData(10_000, "10.000 tekens")]
    [InlineData(1_234_567, "1.234.567 tekens")]
    public void Characters_are_counted_in_Dutch(int count, string expected)
    {
        Assert.Equal(expected, FieldName.Characters(count));
    }

    [Fact]
    public void Numbers_are_Dutch_whatever_the_culture_of_the_thread()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");

            Assert.Equal("De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.", FieldName.Plural("de feiten").TooLong(10_000, 10_001));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_field_has_a_name(string name)
    {
        Assert.Throws<ArgumentException>(() => FieldName.Singular(name));
    }

    private static FieldName Field(bool plural, string name) => plural ? FieldName.Plural(name) : FieldName.Singular(name);
}
