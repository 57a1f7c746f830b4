using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dilemmas.GetDilemma;
using Meldcode.Application.Tests.Dilemmas.Support;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Tests.Dilemmas.GetDilemma;

public sealed class GetDilemmaTests : DilemmaTest
{
    [Fact]
    public async Task A_built_in_dilemma_shows_its_newest_version_and_cannot_be_edited()
    {
        var id = await BuiltInIdAsync("beloof-je-het");

        var details = await AsTrainer(new GetDilemmaQuery(id));

        Assert.Equal((DilemmaOrigin.BuiltIn, 1, 1, false), (details.Origin, details.VersionNumber, details.LatestVersion, details.CanEdit));
        Assert.True(details.Content.HasSameContentAs(DilemmaLibrary.Find("beloof-je-het")!));
        Assert.Equal([1], details.Versions.Select(v => v.Number));
    }

    [Fact]
    public async Task An_earlier_version_is_shown_as_it_was_with_the_list_of_all_versions()
    {
        var id = await AsTrainer(ValidForm());
        await AsTrainer(AsEdit(ValidForm("Tweede titel"), id, 1));

        var first = await AsTrainer(new GetDilemmaQuery(id, 1));
        var latest = await AsTrainer(new GetDilemmaQuery(id));

        Assert.Equal(("Een lege broodtrommel", 1, 2, false), (first.Content.Title, first.VersionNumber, first.LatestVersion, first.IsLatest));
        Assert.Equal(("Tweede titel", 2, true, true), (latest.Content.Title, latest.VersionNumber, latest.IsLatest, latest.CanEdit));
        Assert.Equal([1, 2], latest.Versions.Select(v => v.Number));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-5)]
    public async Task A_version_that_does_not_exist_is_not_found(int version)
    {
        var id = await BuiltInIdAsync("beloof-je-het");

        await Assert.ThrowsAsync<NotFoundException>(() => AsTrainer(new GetDilemmaQuery(id, version)));
    }

    [Fact]
    public async Task An_unknown_dilemma_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => AsTrainer(new GetDilemmaQuery(Guid.NewGuid())));
    }
}
