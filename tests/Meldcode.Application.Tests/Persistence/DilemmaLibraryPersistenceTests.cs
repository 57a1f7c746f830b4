using System.Data.Common;
using Meldcode.Domain.Dilemmas;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

public sealed class DilemmaLibraryPersistenceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new();

    [Fact]
    public async Task The_first_start_stores_every_built_in_dilemma_at_version_1_and_a_second_start_changes_nothing()
    {
        await _database.MigrateAsync();

        var first = await SynchroniseAsync(DilemmaLibrary.All);
        var second = await SynchroniseAsync(DilemmaLibrary.All);

        Assert.Equal(new BuiltInDilemmaSyncResult(DilemmaLibrary.All.Count, 0, 0), first);
        Assert.Equal(new BuiltInDilemmaSyncResult(0, 0, 0), second);
        await using var context = _database.CreateContext();
        var stored = await context.LibraryDilemmas.Include(d => d.Versions).ToListAsync();
        Assert.Equal(DilemmaLibrary.All.Select(d => d.Key).Order(), stored.Select(d => d.Key).Order());
        Assert.All(stored, d => Assert.Equal(1, Assert.Single(d.Versions).Number));
        Assert.All(stored, d => Assert.True(d.Latest.Content.HasSameContentAs(DilemmaLibrary.Find(d.Key)!)));
    }

    [Fact]
    public async Task A_built_in_dilemma_whose_content_changed_in_the_product_gets_a_new_version_and_keeps_the_old_one()
    {
        await _database.MigrateAsync();
        await SynchroniseAsync(DilemmaLibrary.All);
        var original = DilemmaLibrary.All[0];
        var changed = Retitled(original, "Beloof je het, juf?");

        var result = await SynchroniseAsync([changed, .. DilemmaLibrary.All.Skip(1)]);
        var again = await SynchroniseAsync([changed, .. DilemmaLibrary.All.Skip(1)]);

        Assert.Equal(new BuiltInDilemmaSyncResult(0, 1, 0), result);
        Assert.Equal(new BuiltInDilemmaSyncResult(0, 0, 0), again);
        await using var context = _database.CreateContext();
        var stored = await context.LibraryDilemmas.Include(d => d.Versions).SingleAsync(d => d.Key == original.Key);
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Number));
        Assert.Equal(original.Title, stored.Version(1)!.Content.Title);
        Assert.Equal("Beloof je het, juf?", stored.Latest.Content.Title);
        Assert.Equal(1, context.Entry(stored).Property<int>(ApplicationDbContext.VersionProperty).CurrentValue);
    }

    [Fact]
    public async Task A_built_in_dilemma_the_product_no_longer_ships_is_archived_not_removed()
    {
        await _database.MigrateAsync();
        await SynchroniseAsync(DilemmaLibrary.All);

        var result = await SynchroniseAsync([.. DilemmaLibrary.All.Skip(1)]);

        Assert.Equal(new BuiltInDilemmaSyncResult(0, 0, 1), result);
        await using var context = _database.CreateContext();
        var stored = await context.LibraryDilemmas.SingleAsync(d => d.Key == DilemmaLibrary.All[0].Key);
        Assert.True(stored.IsArchived);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_a_version()
    {
        await _database.MigrateAsync();
        await SynchroniseAsync(DilemmaLibrary.All);
        await using var context = _database.CreateContext();

        await Assert.ThrowsAnyAsync<DbException>(() => context.Database.ExecuteSqlRawAsync("UPDATE \"DilemmaVersions\" SET \"Content\" = 'x'"));
        await Assert.ThrowsAnyAsync<DbException>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM \"DilemmaVersions\""));
    }

    [Fact]
    public async Task Two_edits_of_the_same_version_do_not_both_save()
    {
        await _database.MigrateAsync();
        await SynchroniseAsync(DilemmaLibrary.All);
        Guid id;
        await using (var setup = _database.CreateContext())
        {
            var organisation = Domain.Organisations.Organisation.Create("De Regenboog", Domain.Organisations.Sector.Education);
            setup.Organisations.Add(organisation);
            var written = LibraryDilemma.Write(organisation.Id, Retitled(DilemmaLibrary.All[0], "Eigen dilemma"), Guid.NewGuid(), _clock.Now);
            setup.LibraryDilemmas.Add(written);
            await setup.SaveChangesAsync();
            id = written.Id;
        }

        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var firstCopy = await first.LibraryDilemmas.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        var secondCopy = await second.LibraryDilemmas.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        firstCopy.Edit(Retitled(firstCopy.Latest.Content, "Eerste"), Guid.NewGuid(), _clock.Now);
        await first.SaveChangesAsync();
        secondCopy.Edit(Retitled(secondCopy.Latest.Content, "Tweede"), Guid.NewGuid(), _clock.Now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.CreateContext();
        Assert.Equal("Eerste", (await check.LibraryDilemmas.Include(d => d.Versions).SingleAsync(d => d.Id == id)).Latest.Content.Title);
    }

    public void Dispose() => _database.Dispose();

    private async Task<BuiltInDilemmaSyncResult> SynchroniseAsync(IReadOnlyList<Dilemma> shipped)
    {
        await using var context = _database.CreateContext();
        return await new BuiltInDilemmaSync(context, _clock).SynchroniseAsync(shipped, CancellationToken.None);
    }

    private static Dilemma Retitled(Dilemma d, string title) =>
        new(d.Key, title, d.Story, d.Sectors, d.FormsOfAbuse, d.Themes, d.Step, d.Question, d.DecisionPoints, d.DiscussionPrompts);
}
