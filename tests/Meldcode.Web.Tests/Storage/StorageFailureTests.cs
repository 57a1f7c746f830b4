using System.Data.Common;
using System.Net;
using Meldcode.Application.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;
using static Meldcode.Web.Tests.Storage.StorageFailureForms;

namespace Meldcode.Web.Tests.Storage;

/// <summary>
/// When the database cannot be written — locked by another process longer than the busy timeout, its disk full, its
/// folder read-only — the user sees Dutch on the same form with what they typed, nothing is saved, the log says in one
/// plain line what is wrong and where, and the readiness check reports it. The lock is a real second connection; the
/// full disk and the read-only folder are SQLite's own limits on the app's connections (<c>max_page_count</c>,
/// <c>query_only</c>), which fail exactly as a full or read-only file system does (SQLITE_FULL, SQLITE_READONLY).
/// </summary>
[Trait("Database", "Sqlite")] // about SQLite itself: left out of the PostgreSQL run (test.sh)
public sealed class StorageFailureTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();
    private readonly StorageFault _fault = new();
    private readonly MeldcodeFactory _factory;

    public StorageFailureTests()
    {
        _factory = new MeldcodeFactory()
            .WithSetting("Storage:BusyTimeoutSeconds", "1")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(_logs).AddSingleton<IInterceptor>(_fault));
    }

    [Fact]
    public async Task A_save_while_another_process_holds_the_database_locked_asks_to_try_again_on_the_same_form_with_the_input_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);

        HttpResponseMessage response;
        await using (var other = new SqliteConnection($"Data Source={Path.Combine(_factory.DataFolder, StorageOptions.DatabaseFileName)};Pooling=False"))
        {
            await other.OpenAsync();
            await using var exclusive = other.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE;";
            await exclusive.ExecuteNonQueryAsync();

            response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", Signal());
        }

        using (response)
        {
            var page = await AssertRefusedWithInputKeptAsync(response, "De gegevens konden nu niet worden opgeslagen. Probeer het zo opnieuw.");
            Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
        }

        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(StorageHealth).FullName);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("locked by another process", line.Message, StringComparison.Ordinal);
        Assert.Null(line.Exception);
        AssertNothingAlarmingLoggedBesides(line);
        Assert.Contains("Degraded", await ReadinessAsync(_factory), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_on_a_full_disk_keeps_the_input_with_a_Dutch_message_says_so_in_the_log_and_makes_the_app_unready()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);
        Assert.Contains("Healthy", await ReadinessAsync(_factory), StringComparison.Ordinal);

        _fault.Now = StorageFault.Kind.DiskFull;
        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", Signal(facts: TypedFacts + new string('.', 3000)));

        await AssertRefusedWithInputKeptAsync(response, "storing in de opslag");
        _fault.Now = StorageFault.Kind.None;
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(StorageHealth).FullName);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("The disk of the data folder is full", line.Message, StringComparison.Ordinal);
        Assert.Contains(_factory.DataFolder, line.Message, StringComparison.Ordinal);
        AssertNothingAlarmingLoggedBesides(line);
        var readiness = await ReadinessAsync(_factory);
        Assert.Contains("Unhealthy", readiness, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_to_a_read_only_data_folder_keeps_the_input_with_a_Dutch_message_says_so_in_the_log_and_makes_the_app_unready()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);

        _fault.Now = StorageFault.Kind.ReadOnly;
        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", Signal());

        await AssertRefusedWithInputKeptAsync(response, "storing in de opslag");
        _fault.Now = StorageFault.Kind.None;
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(StorageHealth).FullName);
        Assert.Contains("read-only", line.Message, StringComparison.Ordinal);
        Assert.Contains(_factory.DataFolder, line.Message, StringComparison.Ordinal);
        AssertNothingAlarmingLoggedBesides(line);
        Assert.Contains("Unhealthy", await ReadinessAsync(_factory), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_cannot_be_read_from_storage_is_the_Dutch_503_page_not_a_500()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        _fault.Now = StorageFault.Kind.Unreadable;
        using var response = await client.GetAsync(new Uri($"/dossiers/{id}", UriKind.Relative));
        _fault.Now = StorageFault.Kind.None;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("Even niet beschikbaar", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error && e.Category != typeof(StorageHealth).FullName);
    }

    [Fact]
    public async Task The_busy_timeout_comes_from_the_settings()
    {
        await _factory.WithDatabase(async context =>
        {
            await context.Database.OpenConnectionAsync();
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(1000L, await command.ExecuteScalarAsync());
            Assert.Equal(1, context.Database.GetDbConnection() is SqliteConnection sqlite ? sqlite.DefaultTimeout : 0);
            await context.Database.CloseConnectionAsync();
        });
    }

    public void Dispose() => _factory.Dispose();

    private void AssertNothingAlarmingLoggedBesides(LogEntry line) =>
        Assert.DoesNotContain(_logs.Entries, e => e != line && (e.Level >= LogLevel.Error || e.Exception is not null));


    /// <summary>Makes the app's own connections fail as a full disk or a read-only folder would, from the moment it is switched on.</summary>
    private sealed class StorageFault : DbCommandInterceptor
    {
        public enum Kind
        {
            None,
            DiskFull,
            ReadOnly,
            Unreadable,
        }

        public volatile Kind Now;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Apply(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Apply(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Apply(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Apply(command);
            return ValueTask.FromResult(result);
        }

        private void Apply(DbCommand command)
        {
            var connection = (SqliteConnection)command.Connection!;
            switch (Now)
            {
                case Kind.DiskFull:
                    // No page beyond the ones the file has now: a write that needs one more fails with SQLITE_FULL.
                    Execute(connection, $"PRAGMA max_page_count = {Scalar(connection, "PRAGMA page_count;")};");
                    break;
                case Kind.ReadOnly:
                    Execute(connection, "PRAGMA query_only = ON;");
                    break;
                case Kind.Unreadable:
                    throw new SqliteException("unable to open database file", 14);
                default:
                    Execute(connection, "PRAGMA query_only = OFF; PRAGMA max_page_count = 1073741823;");
                    break;
            }
        }

        private static long Scalar(SqliteConnection connection, string sql)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = sql;
            return (long)pragma.ExecuteScalar()!;
        }

        private static void Execute(SqliteConnection connection, string sql)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = sql;
            pragma.ExecuteNonQuery();
        }
    }
}
