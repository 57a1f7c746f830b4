using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Organisations;

public sealed class VeiligThuisRegionsTests
{
    [Theory]
    [InlineData("Utrecht", "Utrecht")]
    [InlineData("  Utrecht  ", "Utrecht")]
    [InlineData("Veilig Thuis Utrecht", "Utrecht")]
    [InlineData("veilig thuis utrecht", "utrecht")]
    [InlineData("VeiligThuis Rotterdam Rijnmond", "Rotterdam Rijnmond")]
    [InlineData("Veilig Thuis - Zuid-Limburg", "Zuid-Limburg")]
    [InlineData("Veilig Thuis: Twente", "Twente")]
    [InlineData("Noord- en Oost-Gelderland", "Noord- en Oost-Gelderland")]
    [InlineData("Regio Veilig Thuis", "Regio Veilig Thuis")]
    public void A_region_is_kept_by_its_own_name_without_a_leading_Veilig_Thuis(string typed, string expected)
    {
        Assert.Equal(expected, VeiligThuisRegions.Name(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Veilig Thuis")]
    [InlineData(" veilig thuis - ")]
    public void Nothing_but_Veilig_Thuis_is_no_region(string? typed)
    {
        Assert.Null(VeiligThuisRegions.Name(typed));
    }

    [Theory]
    [InlineData("Utrecht", "Veilig Thuis Utrecht")]
    [InlineData("Veilig Thuis Utrecht", "Veilig Thuis Utrecht")]
    public void A_region_is_shown_with_Veilig_Thuis_said_once(string stored, string shown)
    {
        Assert.Equal(shown, VeiligThuisRegions.Display(stored));
    }

    [Fact]
    public void There_are_twenty_six_regions_each_named_once()
    {
        Assert.Equal(26, VeiligThuisRegions.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_report_typed_with_Veilig_Thuis_in_the_region_says_Veilig_Thuis_once_in_the_chronology()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var report = dossier.RecordReport(Inputs.Report() with { Region = "Veilig Thuis Utrecht" }, People.Owner, Clock.Now);

        Assert.Equal("Utrecht", report.Region);
        Assert.Contains("Gemeld bij Veilig Thuis Utrecht op ", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }
}
