using System.Data.Common;
using Meldcode.Application.Dossiers.PlaceLegalHold;
using Meldcode.Application.Retention;
using Meldcode.Domain.AccessLog;
using Meldcode.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Retention;

/// <summary>The nightly retention job: what it deletes, what it leaves, what it writes, and that it runs once a day.</summary>
public sealed class RetentionSweepTests : RetentionTest
{
    /// <summary>The school (onderwijs) keeps dossiers 5 years: the term ends on the day of closing, five years on.</summary>
    private static readonly TimeSpan FiveYears = new DateTimeOffset(2031, 11, 18, 8, 30, 0, TimeSpan.Zero) - TestClock.DefaultStart;

    [Fact]
    public async Task The_job_deletes_exactly_the_closed_dossiers_whose_term_has_ended_and_not_those_on_hold()
    {
        var expired = await ClosedDossierWithEverythingAsync();
        var held = await ClosedDossierWithEverythingAsync();
        await Dossiers.ChangeAsync(School.LeadA, held, s => new PlaceLegalHoldCommand(s.Id, s.Version, "Er loopt een klacht."));
        var open = await Dossiers.OpenAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        var closedADayLater = await ClosedDossierWithEverythingAsync();

        Clock.Advance(FiveYears - TimeSpan.FromDays(1));
        var run = await RunJobAsync(Host);

        Assert.Equal(new RetentionRun(true, 1, 0, 1), run);
        Assert.All(await RowsAboutAsync(expired), table => Assert.True(table.Value == 0, $"{table.Key} still holds rows of the deleted dossier."));
        Assert.Equal(1, (await RowsAboutAsync(held))["Dossiers"]);
        Assert.Equal(1, (await RowsAboutAsync(open))["Dossiers"]);
        Assert.Equal(1, (await RowsAboutAsync(closedADayLater))["Dossiers"]);
        Assert.True((await RowsAboutAsync(closedADayLater))["ChronologyEntries"] > 0, "The other dossiers keep their chronology.");
    }

    [Fact]
    public async Task A_deletion_leaves_a_record_without_content_and_a_line_in_the_access_log_that_stays()
    {
        var id = await ClosedDossierWithEverythingAsync();
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;
        var linesBefore = await Host.WithContextAsync(context => context.AccessLog.CountAsync(l => l.SubjectId == id));

        Clock.Advance(FiveYears);
        await RunJobAsync(Host);

        var record = await Host.WithContextAsync(context => context.DeletionRecords.SingleAsync(r => r.RecordId == id));
        Assert.Equal((DeletedRecordKind.Dossier, number, TestClock.DefaultStart.Date, (int?)5, DeletionReason.TermEnded, RetentionSweep.ActorName),
            (record.Kind, record.Number, record.ClosedOn!.Value.ToDateTime(TimeOnly.MinValue), record.RetentionYears, record.Reason, record.DeletedByName));
        var lines = await Host.WithContextAsync(context => context.AccessLog.Where(l => l.SubjectId == id).OrderBy(l => l.Sequence).ToListAsync());
        Assert.True(lines.Count == linesBefore + 1, "The dossier's earlier lines stay, and the deletion adds one.");
        Assert.Equal((AccessAction.Delete, number, Guid.Empty, RetentionSweep.ActorName), (lines[^1].Action, lines[^1].SubjectNumber, lines[^1].UserId, lines[^1].UserName));
    }

    [Fact]
    public async Task The_day_before_the_term_ends_nothing_is_deleted()
    {
        var id = await ClosedDossierWithEverythingAsync();

        Clock.Advance(FiveYears - TimeSpan.FromDays(1));
        var run = await RunJobAsync(Host);

        Assert.Equal(0, run.DossiersDeleted);
        Assert.Equal(1, (await RowsAboutAsync(id))["Dossiers"]);
    }

    [Fact]
    public async Task The_job_runs_once_a_day_and_again_the_next_day()
    {
        Clock.Advance(FiveYears);

        var first = await RunJobAsync(Host);
        var second = await RunJobAsync(Host);
        Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await RunJobAsync(Host);

        Assert.Equal((true, false, true), (first.Claimed, second.Claimed, nextDay.Claimed));
    }

    [Fact]
    public async Task Two_processes_on_one_database_race_and_exactly_one_deletes()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ClosedDossierWithEverythingAsync());
        }

        Clock.Advance(FiveYears);
        using var otherProcess = new ApplicationHost(Database, Clock);
        var runs = await Task.WhenAll(Task.Run(() => RunJobAsync(Host)), Task.Run(() => RunJobAsync(otherProcess)));

        Assert.Single(runs, r => r.Claimed);
        Assert.Equal(3, runs.Sum(r => r.DossiersDeleted));
        Assert.Equal(3, await Host.WithContextAsync(context => context.DeletionRecords.CountAsync()));
    }

    [Fact]
    public async Task An_ordinary_delete_of_a_chronology_line_is_still_refused_by_the_database()
    {
        var id = await ClosedDossierWithEverythingAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => Host.WithContextAsync(context =>
            context.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"ChronologyEntries\" WHERE \"DossierId\" = {id}")));

        Assert.Contains("The chronology is append-only.", refused.Message, StringComparison.Ordinal);
        Assert.True((await RowsAboutAsync(id))["ChronologyEntries"] > 0);
    }

    [Fact]
    public async Task A_deletion_record_cannot_be_removed_or_changed()
    {
        var id = await ClosedDossierWithEverythingAsync();
        Clock.Advance(FiveYears);
        await RunJobAsync(Host);

        await Assert.ThrowsAnyAsync<DbException>(() => Database.ExecuteAsync("DELETE FROM \"DeletionRecords\""));
        await Assert.ThrowsAnyAsync<DbException>(() => Database.ExecuteAsync("UPDATE \"DeletionRecords\" SET \"Number\" = 'X'"));
        Assert.Equal(1, await Host.WithContextAsync(context => context.DeletionRecords.CountAsync(r => r.RecordId == id)));
    }
}
