using Meldcode.Domain.Dilemmas;

namespace Meldcode.Domain.Tests.Dilemmas;

public sealed class ThemePacksTests
{
    [Fact]
    public void The_week_pack_holds_five_built_in_dilemmas_each_of_another_sector_and_another_form_of_abuse()
    {
        var dilemmas = ThemePacks.Week.DilemmaKeys.Select(DilemmaLibrary.Find).ToList();

        Assert.Equal(5, dilemmas.Count);
        Assert.All(dilemmas, Assert.NotNull);
        Assert.Equal(5, dilemmas.Select(d => d!.Sectors[0]).Distinct().Count());
        Assert.Equal(5, dilemmas.Select(d => d!.FormsOfAbuse[0]).Distinct().Count());
        Assert.Same(ThemePacks.Week, ThemePacks.Find("week-tegen-kindermishandeling"));
    }

    [Fact]
    public void Every_pack_names_distinct_built_in_dilemmas_and_has_a_unique_key()
    {
        Assert.True(ThemePacks.All.Count >= 2);
        Assert.Equal(ThemePacks.All.Count, ThemePacks.All.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ThemePacks.All, pack =>
        {
            Assert.NotEmpty(pack.DilemmaKeys);
            Assert.Equal(pack.DilemmaKeys.Count, pack.DilemmaKeys.Distinct(StringComparer.Ordinal).Count());
            Assert.All(pack.DilemmaKeys, key => Assert.NotNull(DilemmaLibrary.Find(key)));
        });
        Assert.Null(ThemePacks.Find("bestaat-niet"));
    }
}
