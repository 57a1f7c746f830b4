using Meldcode.Application.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;
using static Meldcode.Web.Tests.Storage.StorageFailureForms;

namespace Meldcode.Web.Tests.Storage;

/// <summary>
/// The storage failures of a PostgreSQL installation, made real on the test server: a lock held by another session
/// longer than the lock timeout, and a database that accepts no changes (as a read-only standby). The user keeps their
/// input with a Dutch message, nothing is saved, the log names the server and database in one line (never the
/// password), and the readiness check reports it.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlStorageFailureTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();
    private readonly MeldcodeFactory _factory;

    public PostgreSqlStorageFailureTests()
    {
        _factory = MeldcodeFactory.On(DatabaseProvider.PostgreSql)
            .WithSetting("Storage:BusyTimeoutSeconds", "1")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    [PostgreSqlFact]
    public async Task A_save_while_another_session_holds_a_lock_past_the_lock_timeout_asks_to_try_again_with_the_input_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);

        HttpResponseMessage response;
        await using (var other = new NpgsqlConnection(_factory.Database.Target.ConnectionString))
        {
            await other.OpenAsync();
            await using var transaction = await other.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"ChronologyEntries\" IN EXCLUSIVE MODE", other, transaction))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", Signal());
        }

        using (response)
        {
            await AssertRefusedWithInputKeptAsync(response, "De gegevens konden nu niet worden opgeslagen. Probeer het zo opnieuw.");
        }

        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(StorageHealth).FullName);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("PostgreSQL database meldcode_test_", line.Message, StringComparison.Ordinal);
        Assert.Contains("Degraded", await ReadinessAsync(_factory), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task A_save_to_a_database_that_accepts_no_changes_keeps_the_input_says_so_in_the_log_and_makes_the_app_unready()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);
        Assert.Contains("Healthy", await ReadinessAsync(_factory), StringComparison.Ordinal);

        // What a read-only standby does: every new session may read, none may write.
        var name = new NpgsqlConnectionStringBuilder(_factory.Database.Target.ConnectionString).Database;
        PostgreSqlTestServer.Maintenance($"ALTER DATABASE \"{name}\" SET default_transaction_read_only = on");
        NpgsqlConnection.ClearAllPools();
        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", Signal());
        PostgreSqlTestServer.Maintenance($"ALTER DATABASE \"{name}\" SET default_transaction_read_only = off");
        NpgsqlConnection.ClearAllPools();

        await AssertRefusedWithInputKeptAsync(response, "storing in de opslag");
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(StorageHealth).FullName);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("accepts no changes", line.Message, StringComparison.Ordinal);
        Assert.Contains($"PostgreSQL database {name} on 127.0.0.1", line.Message, StringComparison.Ordinal);
        Assert.Contains("Unhealthy", await ReadinessAsync(_factory), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

}
