using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Meldcode.Application.Tests.Persistence;

/// <summary>Decisions recorded under the old rule ("report" where "report and help" was advised counted as a deviation) are marked again by the migration.</summary>
[Trait("Database", "Sqlite")] // about SQLite itself: left out of the PostgreSQL run (test.sh)
public sealed class ReportingMeetsTheMeldnormMigrationTests : IDisposable
{
    private const string MigrationBefore = "20261205213208_LiveSessions";

    private readonly TestDatabase _database = new(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Upgrading_unmarks_reports_that_met_the_meldnorm_and_keeps_every_other_deviation()
    {
        await using (var context = _database.CreateContext())
        {
            await context.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            await InsertDecisionAsync(context, "Report", "ReportAndHelp", deviation: true);
            await InsertDecisionAsync(context, "ReportAndHelp", "Report", deviation: true);
            await InsertDecisionAsync(context, "HelpAndMonitor", "ReportAndHelp", deviation: true);
            await InsertDecisionAsync(context, "Close", "Report", deviation: true);
            await InsertDecisionAsync(context, "Report", "Report", deviation: false);
        }

        await using (var context = _database.CreateContext())
        {
            await new DatabaseMigrator(context).MigrateAsync(CancellationToken.None);

            var marks = await context.Database
                .SqlQueryRaw<string>("SELECT Outcome || '/' || Recommended || '/' || IsDeviation || '/' || COALESCE(DeviationJustification, '-') AS Value FROM Decisions ORDER BY Outcome, Recommended")
                .ToListAsync();
            Assert.Equal(
                [
                    "Close/Report/1/Uitleg die destijds nodig was.",
                    "HelpAndMonitor/ReportAndHelp/1/Uitleg die destijds nodig was.",
                    "Report/Report/0/-",
                    "Report/ReportAndHelp/0/Uitleg die destijds nodig was.",
                    "ReportAndHelp/Report/0/Uitleg die destijds nodig was.",
                ],
                marks);
        }
    }

    public void Dispose() => _database.Dispose();

    private static Task<int> InsertDecisionAsync(ApplicationDbContext context, string outcome, string recommended, bool deviation) =>
        context.Database.ExecuteSqlRawAsync(
            "INSERT INTO Decisions (Id, DecidedAt, DecidedBy, DeviationJustification, DossierId, Grounds, IsDeviation, Outcome, Recommended) " +
            "VALUES ({0}, 0, {1}, {2}, NULL, 'Onderbouwing.', {3}, {4}, {5});",
            Guid.NewGuid().ToString().ToUpperInvariant(),
            Guid.NewGuid().ToString().ToUpperInvariant(),
            deviation ? "Uitleg die destijds nodig was." : null!,
            deviation ? 1 : 0,
            outcome,
            recommended);
}
