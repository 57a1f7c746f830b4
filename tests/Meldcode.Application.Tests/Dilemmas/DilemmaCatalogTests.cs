using Meldcode.Application.Dilemmas;
using Meldcode.Application.Tests.Dilemmas.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dilemmas;

public sealed class DilemmaCatalogTests : DilemmaTest
{
    [Fact]
    public async Task A_session_finds_the_newest_version_of_a_built_in_dilemma()
    {
        var id = await BuiltInIdAsync("maandagochtend");

        var found = await FindLatestAsync(School.Organisation.Id, id);

        Assert.Equal((id, 1, "maandagochtend"), (found?.DilemmaId, found?.VersionNumber, found?.Content.Key));
    }

    [Fact]
    public async Task A_session_finds_the_newest_version_of_its_own_organisations_dilemma_and_any_earlier_one()
    {
        var id = await AsTrainer(ValidForm());
        await AsTrainer(AsEdit(ValidForm("Een lege broodtrommel, weer"), id, 1));

        var latest = await FindLatestAsync(School.Organisation.Id, id);
        var first = await Host.WithContextAsync(c => DilemmaCatalog.FindVersionAsync(c, School.Organisation.Id, id, 1, CancellationToken.None));

        Assert.Equal((2, "Een lege broodtrommel, weer"), (latest?.VersionNumber, latest?.Content.Title));
        Assert.Equal((1, "Een lege broodtrommel"), (first?.VersionNumber, first?.Content.Title));
    }

    [Fact]
    public async Task Another_organisations_dilemma_an_unknown_one_and_an_archived_one_are_not_found()
    {
        var theirs = await AsOtherTrainer(ValidForm());
        var archived = await BuiltInIdAsync("beloof-je-het");
        await Host.WithContextAsync(async c =>
        {
            (await c.LibraryDilemmas.SingleAsync(d => d.Id == archived)).Archive(Clock.Now);
            return await c.SaveChangesAsync();
        });

        Assert.Null(await FindLatestAsync(School.Organisation.Id, theirs));
        Assert.Null(await FindLatestAsync(School.Organisation.Id, Guid.NewGuid()));
        Assert.Null(await FindLatestAsync(School.Organisation.Id, archived));
        Assert.NotNull(await FindLatestAsync(School.OtherOrganisation.Id, theirs));
    }

    private Task<CatalogDilemma?> FindLatestAsync(Guid organisationId, Guid dilemmaId) =>
        Host.WithContextAsync(c => DilemmaCatalog.FindLatestAsync(c, organisationId, dilemmaId, CancellationToken.None));
}
