using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace Meldcode.Application.Tests.Persistence.Upgrade;

/// <summary>
/// An installation made by the November 2026 release (EF Core 6.0.7: its three migrations, the demo data, the demo
/// dossier that walked every step, two more dossiers, a staff-member record, open sessions and the administration
/// log; <c>meldcode-2026-11.db</c>) opens in this version, migrates, and reads back exactly as that release read it
/// (<c>meldcode-2026-11.expected.txt</c>, written by that release through <see cref="InstallationDescription"/>), except for
/// what an upgrade deliberately adds: a retention term for an organisation that had none (the sector's documented default),
/// each team's sector (the organisation's) and each dossier's subject (a child).
/// </summary>
[Trait("Database", "Sqlite")] // about SQLite itself: left out of the PostgreSQL run (test.sh)
public sealed class UpgradeFromTheNovemberReleaseTests : IDisposable
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Persistence", "Upgrade");

    private readonly TestDatabase _database = new(DatabaseProvider.Sqlite);

    public UpgradeFromTheNovemberReleaseTests()
    {
        File.Copy(Path.Combine(FixtureFolder, "meldcode-2026-11.db"), _database.DatabasePath);
    }

    [Fact]
    public async Task The_November_database_migrates_and_every_table_keeps_every_row_unchanged()
    {
        // The retention term is left out: the upgrade fills in the sector's documented default where none was set (checked below).
        var columnsBefore = await ColumnsOfEveryTableAsync();
        columnsBefore["Organisations"].Remove("RetentionYears");
        var before = await ReadEveryTableAsync(columnsBefore);

        await MigrateAsync();

        // Columns added since (such as the organisation's Week tegen Kindermishandeling) are left out: they are new.
        var after = await ReadEveryTableAsync(columnsBefore);
        Assert.Equal(
            ["AdministrationLog", "ChronologyEntries", "ConsultationRequests", "Consultations", "Conversations", "Decisions", "DossierCarers", "DossierCollaborators", "DossierSiblings", "Dossiers", "EmergencyActions", "Evaluations", "HelpPlans", "Kindchecks", "Organisations", "RoleMemberships", "Signals", "StaffConcerns", "Teams", "UserSessions", "Users", "VeiligThuisReports", "WeighingAnswers"],
            before.Keys.Where(t => !t.StartsWith("__", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(34, before["ChronologyEntries"].Count);
        foreach (var (table, rows) in before.Where(t => t.Key != "__EFMigrationsHistory"))
        {
            Assert.True(after.ContainsKey(table), $"The table {table} is gone after the upgrade.");
            Assert.Equal(rows, after[table]);
        }

        Assert.Equal(["5"], await QueryAsync("SELECT \"RetentionYears\" FROM \"Organisations\";"));
        Assert.Equal(["Education", "Education", "Education"], await QueryAsync("SELECT \"Sector\" FROM \"Teams\" ORDER BY rowid;"));
        Assert.Equal(["Child"], await QueryAsync("SELECT DISTINCT \"Subject\" FROM \"Dossiers\";"));
    }

    [Fact]
    public async Task After_migrating_the_new_version_reads_everything_back_as_the_November_release_did()
    {
        await MigrateAsync();

        await using var context = _database.CreateContext();
        var described = await InstallationDescription.DescribeAsync(context);

        var expected = await File.ReadAllTextAsync(Path.Combine(FixtureFolder, "meldcode-2026-11.expected.txt"));
        Assert.Equal(expected.ReplaceLineEndings(), described.ReplaceLineEndings());
    }

    [Fact]
    public async Task After_migrating_the_database_is_intact_and_has_nothing_pending()
    {
        await MigrateAsync();

        Assert.Equal(["ok"], await QueryAsync("PRAGMA integrity_check;"));
        Assert.Empty(await QueryAsync("PRAGMA foreign_key_check;"));
        await using var context = _database.CreateContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData("UPDATE ChronologyEntries SET Summary = 'anders' WHERE Sequence = 1;", "The chronology is append-only.")]
    [InlineData("DELETE FROM ChronologyEntries;", "The chronology is append-only.")]
    [InlineData("UPDATE AdministrationLog SET Description = 'anders';", "The administration log is append-only.")]
    [InlineData("DELETE FROM AdministrationLog;", "The administration log is append-only.")]
    public async Task After_migrating_the_append_only_tables_still_refuse_changes_and_removals(string statement, string refusal)
    {
        await MigrateAsync();
        var before = await ReadEveryTableAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => QueryAsync(statement));

        Assert.Contains(refusal, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ReadEveryTableAsync());
    }

    [Fact]
    public async Task The_sessions_that_were_open_before_the_upgrade_are_still_recognised()
    {
        await MigrateAsync();
        await using var context = _database.CreateContext();
        var sessions = await context.UserSessions.AsNoTracking().ToListAsync();
        Assert.Equal(3, sessions.Count);

        foreach (var session in sessions)
        {
            var signedIn = Substitute.For<ICurrentUser>();
            signedIn.UserId.Returns(session.UserId);
            var users = new CurrentUserContext(context, signedIn);
            var user = await users.ForSessionAsync(session.UserId, session.Id, CancellationToken.None);
            Assert.NotNull(user);
            Assert.Equal(session.UserId, user.UserId);
        }
    }

    [Fact]
    public async Task After_migrating_an_existing_organisation_holds_the_campaigns_own_week()
    {
        await MigrateAsync();

        Assert.All(
            await QueryAsync("SELECT CampaignWeekStartDay, CampaignWeekStartMonth, CampaignWeekEndDay, CampaignWeekEndMonth, CampaignWeekTheme FROM Organisations;"),
            row => Assert.Equal("18 | 11 | 24 | 11 | … dichterbij dan je denkt", row));
        await using var context = _database.CreateContext();
        Assert.All(await context.Organisations.AsNoTracking().ToListAsync(), o => Assert.Equal(Domain.Organisations.CampaignWeek.Default, o.CampaignWeek));
    }

    public void Dispose() => _database.Dispose();

    private async Task MigrateAsync()
    {
        await using var context = _database.CreateContext();
        await new DatabaseMigrator(context).MigrateAsync(CancellationToken.None);
    }

    /// <summary>Every row of every table, each as the text of its columns (all, or only these per table), in storage order.</summary>
    private async Task<Dictionary<string, List<string>>> ReadEveryTableAsync(Dictionary<string, List<string>>? columnsOf = null)
    {
        var tables = await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var columns = columnsOf?.GetValueOrDefault(table) is { } names ? string.Join(", ", names.Select(n => $"\"{n}\"")) : "*";
            result[table] = await QueryAsync($"SELECT {columns} FROM \"{table}\" ORDER BY rowid;");
        }

        return result;
    }

    /// <summary>The column names of every table.</summary>
    private async Task<Dictionary<string, List<string>>> ColumnsOfEveryTableAsync()
    {
        var tables = await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            result[table] = await QueryAsync($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid;");
        }

        return result;
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join(" | ", values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
