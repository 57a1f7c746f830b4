using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>What can go wrong with the database's storage, as opposed to a bug or a broken rule.</summary>
public enum StorageFailure
{
    /// <summary>
    /// SQLITE_BUSY / SQLITE_LOCKED: another connection (another process, a backup) held the lock longer than the busy
    /// timeout. PostgreSQL: the lock timeout passed, a deadlock or serialization failure, a statement timeout.
    /// </summary>
    Locked,

    /// <summary>SQLITE_FULL: the disk of the data folder is full.</summary>
    Full,

    /// <summary>SQLITE_READONLY: the database file or the data folder cannot be written.</summary>
    ReadOnly,

    /// <summary>SQLITE_IOERR: the operating system refused a read or write (a failing disk, a vanished mount).</summary>
    InputOutput,

    /// <summary>
    /// SQLITE_CANTOPEN: the database file (or its -wal/-shm files) cannot be opened or created. PostgreSQL: the server
    /// refuses this user or password, or the database does not exist.
    /// </summary>
    CannotOpen,

    /// <summary>PostgreSQL: the server cannot be reached (down, restarting, a failover, the network) or has no connection to spare.</summary>
    Unreachable,
}

/// <summary>Recognises a storage failure in an exception from SQLite or PostgreSQL, wherever EF Core wrapped it.</summary>
public static class StorageFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>The storage failure behind this exception (or one it wraps), or null when it is something else.</summary>
    public static StorageFailure? Classify(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return sqlite.SqliteErrorCode switch
                {
                    SqliteBusy or SqliteLocked => StorageFailure.Locked,
                    SqliteFull => StorageFailure.Full,
                    SqliteReadOnly => StorageFailure.ReadOnly,
                    SqliteIoError => StorageFailure.InputOutput,
                    SqliteCantOpen => StorageFailure.CannotOpen,
                    _ => null,
                };
            }

            if (current is PostgresException postgres)
            {
                return Classify(postgres.SqlState);
            }

            if (current is NpgsqlException { InnerException: SocketException or IOException or TimeoutException })
            {
                return StorageFailure.Unreachable;
            }
        }

        return null;
    }

    /// <summary>Whether trying again in a moment is likely to work (a lock passes, a restarted server comes back; a full or read-only disk does not).</summary>
    public static bool IsTemporary(this StorageFailure failure) => failure is StorageFailure.Locked or StorageFailure.Unreachable;

    /// <summary>PostgreSQL's error codes (SQLSTATE) that are about storage or reaching it; the rest (a broken rule, a bug) are not.</summary>
    private static StorageFailure? Classify(string sqlState) => sqlState switch
    {
        PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.QueryCanceled => StorageFailure.Locked,
        PostgresErrorCodes.DiskFull => StorageFailure.Full,
        PostgresErrorCodes.ReadOnlySqlTransaction => StorageFailure.ReadOnly,
        PostgresErrorCodes.IoError or PostgresErrorCodes.DataCorrupted => StorageFailure.InputOutput,
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification
            or PostgresErrorCodes.InvalidCatalogName => StorageFailure.CannotOpen,
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections => StorageFailure.Unreachable,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => StorageFailure.Unreachable, // class 08: connection exception
        _ => null,
    };
}
