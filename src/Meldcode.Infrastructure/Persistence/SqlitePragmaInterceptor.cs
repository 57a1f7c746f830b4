using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Sets the durability and integrity pragmas on every connection as it opens: write-ahead logging,
/// a full sync on commit (nothing lost on power failure), enforced foreign keys, and a busy timeout
/// so concurrent writers wait instead of failing. The journal mode is stored in the database file,
/// so it is set once per database and process; the others hold per connection and cost nothing to set.
/// A read-only connection (EF Core opens one to ask whether the database exists) cannot change the journal
/// mode, so it gets only the per-connection pragmas.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    private static readonly string ConnectionPragmas =
        $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

    private const string JournalPragma = "PRAGMA journal_mode = WAL; ";

    private readonly ConcurrentDictionary<string, bool> _walDatabases = new(StringComparer.Ordinal);

    private string PragmasFor(DbConnection connection) =>
        !IsReadOnly(connection) && _walDatabases.TryAdd(connection.DataSource, true) ? JournalPragma + ConnectionPragmas : ConnectionPragmas;

    private static bool IsReadOnly(DbConnection connection) =>
        connection is SqliteConnection sqlite && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.ReadOnly;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = PragmasFor(connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
