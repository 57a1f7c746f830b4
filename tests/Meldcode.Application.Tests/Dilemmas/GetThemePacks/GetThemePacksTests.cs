using Meldcode.Application.Dilemmas.GetThemePacks;
using Meldcode.Application.Tests.Dilemmas.Support;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Tests.Dilemmas.GetThemePacks;

public sealed class GetThemePacksTests : DilemmaTest
{
    [Fact]
    public async Task The_week_pack_comes_first_with_its_five_dilemmas_as_they_are_in_the_library()
    {
        var packs = await AsTrainer(new GetThemePacksQuery());

        var week = packs[0];
        Assert.Equal(("week-tegen-kindermishandeling", "Week tegen Kindermishandeling"), (week.Key, week.Title));
        Assert.Equal(ThemePacks.Week.DilemmaKeys, week.Dilemmas.Select(d => d.Key));
        Assert.Equal(await BuiltInIdAsync("beloof-je-het"), week.Dilemmas[0].DilemmaId);
        Assert.Equal("Beloof je het?", week.Dilemmas[0].Title);
        Assert.Equal(ThemePacks.All.Select(p => p.Key), packs.Select(p => p.Key));
        Assert.All(packs, p => Assert.Equal(ThemePacks.Find(p.Key)!.DilemmaKeys.Count, p.Dilemmas.Count));
    }
}
