using System.Data.Common;
using Meldcode.Application.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dossiers;

/// <summary>Nothing in a dossier's chronology is ever changed or removed: not by the application, not by SQL.</summary>
public sealed class AppendOnlyChronologyTests : SchoolTest
{
    [Fact]
    public async Task Updating_a_chronology_line_with_SQL_is_refused_by_the_database()
    {
        var (id, entry) = await DossierWithASignalAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => Host.WithContextAsync(context =>
            context.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"ChronologyEntries\" SET \"Summary\" = {"Er is niets gebeurd."} WHERE \"Id\" = {entry.Id}")));

        Assert.Contains("The chronology is append-only.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(entry.Summary, await SummaryInTheDatabaseAsync(entry.Id));
        Assert.Equal(2, (await Dossiers.StateAsync(id)).ChronologyCount);
    }

    [Fact]
    public async Task Deleting_a_chronology_line_with_SQL_is_refused_by_the_database()
    {
        var (id, entry) = await DossierWithASignalAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => Host.WithContextAsync(context =>
            context.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"ChronologyEntries\" WHERE \"Id\" = {entry.Id}")));

        Assert.Contains("The chronology is append-only.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Dossiers.StateAsync(id)).ChronologyCount);
    }

    [Fact]
    public async Task Saving_a_changed_chronology_line_is_refused_and_saves_nothing()
    {
        var (id, entry) = await DossierWithASignalAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Host.WithContextAsync(async context =>
        {
            var dossier = await DossierWorkspace.LoadAsync(context, id, CancellationToken.None);
            var tracked = dossier.Chronology.Single(e => e.Id == entry.Id);
            context.Entry(tracked).Property(e => e.Summary).CurrentValue = "Er is niets gebeurd.";
            dossier.AddComment("Alles in orde.", new Domain.Common.Actor(School.Owner.Id, School.Owner.DisplayName), Clock.GetUtcNow());
            return await context.SaveChangesAsync();
        }));

        Assert.Equal("The chronology is append-only: an entry may never be changed or removed.", refused.Message);
        Assert.Equal(entry.Summary, await SummaryInTheDatabaseAsync(entry.Id));
        Assert.Equal(2, (await Dossiers.StateAsync(id)).ChronologyCount);
    }

    [Fact]
    public async Task Saving_a_removed_chronology_line_is_refused()
    {
        var (id, entry) = await DossierWithASignalAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.WithContextAsync(async context =>
        {
            var dossier = await DossierWorkspace.LoadAsync(context, id, CancellationToken.None);
            context.Remove(dossier.Chronology.Single(e => e.Id == entry.Id));
            return await context.SaveChangesAsync();
        }));

        Assert.Equal(entry.Summary, await SummaryInTheDatabaseAsync(entry.Id));
    }

    [Fact]
    public async Task A_correction_is_a_new_line_that_points_at_the_original_which_stays_as_it_was()
    {
        var (id, entry) = await DossierWithASignalAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Correction(s) with { EntryId = entry.Id, Correction = "Het was de rechter bovenarm." });

        var chronology = (await Dossiers.StateAsync(id)).Dossier.Chronology;
        Assert.Equal(3, chronology.Count);
        Assert.Equal(entry.Summary, chronology[1].Summary);
        Assert.Equal(ChronologyEntryKind.Correction, chronology[2].Kind);
        Assert.Equal(entry.Id, chronology[2].CorrectsEntryId);
        Assert.Equal($"Correctie op regel 2: Het was de rechter bovenarm.{Environment.NewLine}Reden: Verkeerde groep ingevuld.", chronology[2].Summary);
    }

    private async Task<(Guid Id, ChronologyEntry Signal)> DossierWithASignalAsync()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        var signal = (await Dossiers.StateAsync(id)).Dossier.Chronology.Single(e => e.Kind == ChronologyEntryKind.SignalRecorded);
        return (id, signal);
    }

    private Task<string> SummaryInTheDatabaseAsync(Guid entryId) =>
        Host.WithContextAsync(context => context.Dossiers.SelectMany(d => d.Chronology).Where(e => e.Id == entryId).Select(e => e.Summary).SingleAsync());
}
