using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

[Trait("Database", "Sqlite")] // about SQLite itself: left out of the PostgreSQL run (test.sh)
public sealed class SqliteConnectionTests : IDisposable
{
    private readonly TestDatabase _database = new(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Every_connection_opens_with_write_ahead_logging_full_sync_foreign_keys_and_a_busy_timeout()
    {
        await using var context = _database.CreateContext();
        await context.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(context, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(context, "synchronous")); // 2 = FULL
        Assert.Equal("1", await PragmaAsync(context, "foreign_keys"));
        Assert.Equal(SqlitePragmaInterceptor.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), await PragmaAsync(context, "busy_timeout"));
    }

    [Fact]
    public async Task A_connection_taken_again_from_the_pool_still_has_its_pragmas()
    {
        var options = MeldcodeDatabase.OptionsFor(DatabaseTarget.Sqlite(_database.DatabasePath)); // one interceptor for both, as in the app
        await using (var first = new ApplicationDbContext(options))
        {
            await first.Database.OpenConnectionAsync();
            await first.Database.CloseConnectionAsync();
        }

        await using var again = new ApplicationDbContext(options);
        await again.Database.OpenConnectionAsync();

        Assert.Equal("2", await PragmaAsync(again, "synchronous"));
        Assert.Equal("1", await PragmaAsync(again, "foreign_keys"));
        Assert.Equal(SqlitePragmaInterceptor.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), await PragmaAsync(again, "busy_timeout"));
    }

    [Fact]
    public async Task A_database_file_in_rollback_journal_mode_is_migrated_and_switched_to_write_ahead_logging()
    {
        await using (var plain = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_database.DatabasePath};Pooling=False"))
        {
            await plain.OpenAsync();
            await using var command = plain.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE Probe (Id INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        await using var context = _database.CreateContext();
        await new DatabaseMigrator(context).MigrateAsync(CancellationToken.None); // EF Core first asks, read-only, whether the file exists
        await context.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(context, "journal_mode"));
        Assert.Empty(await new DatabaseMigrator(context).GetPendingMigrationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_role_membership_for_a_team_that_does_not_exist_is_refused_by_the_database()
    {
        await _database.MigrateAsync();
        await using var context = _database.CreateContext();
        var data = await DemoData.SaveAsync(context);

        var orphanTeamId = Guid.NewGuid();
        var insert = () => context.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO RoleMemberships (Id, UserId, Role, TeamId) VALUES ({Guid.NewGuid()}, {data.Professional.Id}, {"Professional"}, {orphanTeamId})");

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(insert);
        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<string> PragmaAsync(DbContext context, string name)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        await using (command)
        {
            command.CommandText = $"PRAGMA {name};";
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
    }
}
