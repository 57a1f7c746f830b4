using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Meldcode.Application.Common.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Sets the durability and integrity pragmas on every connection: write-ahead logging, a full sync on
/// commit (nothing lost on power failure), enforced foreign keys, and a busy timeout so concurrent writers
/// wait instead of failing. The pragmas hold for the life of the native connection, and Microsoft.Data.Sqlite
/// keeps native connections open in its pool, so they are set when a native connection is first opened, not
/// at every (pooled) open of a request. The journal mode is stored in the database file, so it is set once per
/// database and process. A read-only connection (EF Core opens one to ask whether the database exists) cannot
/// change the journal mode, so it gets only the per-connection pragmas. Every connection also gets the SQL function
/// <see cref="SearchText.SqlName"/> (see <see cref="SearchText"/>); Microsoft.Data.Sqlite registers it again at each
/// later open of the same connection object.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>The busy timeout unless <c>Storage:BusyTimeoutSeconds</c> says otherwise.</summary>
    public const int BusyTimeoutMilliseconds = StorageOptions.DefaultBusyTimeoutSeconds * 1000;

    private readonly string _connectionPragmas;

    private const string JournalPragma = "PRAGMA journal_mode = WAL; ";

    private readonly ConcurrentDictionary<string, bool> _walDatabases = new(StringComparer.Ordinal);

    /// <summary>The native connections (their handles) that have their pragmas; an entry goes with its handle.</summary>
    private readonly ConditionalWeakTable<object, object> _configured = [];

    /// <summary>The connection objects that have the search function.</summary>
    private readonly ConditionalWeakTable<SqliteConnection, object> _withFunctions = [];

    public SqlitePragmaInterceptor()
        : this(StorageOptions.DefaultBusyTimeoutSeconds)
    {
    }

    public SqlitePragmaInterceptor(int busyTimeoutSeconds)
    {
        BusyTimeoutSeconds = Math.Max(1, busyTimeoutSeconds);
        _connectionPragmas = $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000};";
    }

    /// <summary>How long a statement waits for a lock held by another connection before it fails with SQLITE_BUSY.</summary>
    public int BusyTimeoutSeconds { get; }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        AddFunctions(connection);
        if (PragmasFor(connection) is not { } pragmas)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
        RestrictFiles(connection, pragmas);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AddFunctions(connection);
        if (PragmasFor(connection) is not { } pragmas)
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        RestrictFiles(connection, pragmas);
    }

    /// <summary>After the first writable open of a database in this process (the file, and with WAL its -wal and -shm files, exist now): owner only.</summary>
    private static void RestrictFiles(DbConnection connection, string pragmas)
    {
        if (pragmas.StartsWith(JournalPragma, StringComparison.Ordinal) && !string.IsNullOrEmpty(connection.DataSource) && connection.DataSource != ":memory:")
        {
            DataFolder.RestrictDatabaseFiles(connection.DataSource);
        }
    }

    private void AddFunctions(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite && _withFunctions.TryAdd(sqlite, sqlite))
        {
            sqlite.CreateFunction(SearchText.SqlName, (string? text) => text is null ? null : SearchText.Fold(text), isDeterministic: true);
        }
    }

    /// <summary>The pragmas this connection still needs, or null when its native connection has them already.</summary>
    private string? PragmasFor(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection { Handle: { } handle } && !_configured.TryAdd(handle, handle))
        {
            return null;
        }

        return !IsReadOnly(connection) && _walDatabases.TryAdd(connection.DataSource, true) ? JournalPragma + _connectionPragmas : _connectionPragmas;
    }

    private static bool IsReadOnly(DbConnection connection) =>
        connection is SqliteConnection sqlite && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
}
