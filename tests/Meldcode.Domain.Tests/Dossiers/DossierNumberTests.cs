using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class DossierNumberTests
{
    [Theory]
    [InlineData(2026, 42, "2026-0042")]
    [InlineData(2026, 1, "2026-0001")]
    [InlineData(2027, 9999, "2027-9999")]
    [InlineData(2027, 12345, "2027-12345")]
    public void A_dossier_number_is_the_year_and_a_four_digit_sequence(int year, int sequence, string expected)
    {
        Assert.Equal(expected, new DossierNumber(year, sequence).ToString());
    }

    [Fact]
    public void Dossier_numbers_with_the_same_year_and_sequence_are_equal()
    {
        Assert.Equal(new DossierNumber(2026, 42), new DossierNumber(2026, 42));
        Assert.NotEqual(new DossierNumber(2026, 42), new DossierNumber(2027, 42));
    }
}
