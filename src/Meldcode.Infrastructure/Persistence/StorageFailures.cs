using Microsoft.Data.Sqlite;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>What can go wrong with the database's storage, as opposed to a bug or a broken rule.</summary>
public enum StorageFailure
{
    /// <summary>SQLITE_BUSY / SQLITE_LOCKED: another connection (another process, a backup) held the lock longer than the busy timeout.</summary>
    Locked,

    /// <summary>SQLITE_FULL: the disk of the data folder is full.</summary>
    Full,

    /// <summary>SQLITE_READONLY: the database file or the data folder cannot be written.</summary>
    ReadOnly,

    /// <summary>SQLITE_IOERR: the operating system refused a read or write (a failing disk, a vanished mount).</summary>
    InputOutput,

    /// <summary>SQLITE_CANTOPEN: the database file (or its -wal/-shm files) cannot be opened or created.</summary>
    CannotOpen,
}

/// <summary>Recognises a storage failure in an exception from SQLite, wherever EF Core wrapped it.</summary>
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
        }

        return null;
    }

    /// <summary>Whether trying again in a moment is likely to work (a lock passes; a full or read-only disk does not).</summary>
    public static bool IsTemporary(this StorageFailure failure) => failure == StorageFailure.Locked;
}
