namespace Meldcode.Infrastructure.Persistence;

/// <summary>Where Meldcode keeps its data: the SQLite database and the Data Protection keys (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string DefaultDataDirectory = "data";
    public const string DatabaseFileName = "meldcode.db";
    public const string KeysFolderName = "keys";
    public const int DefaultBusyTimeoutSeconds = 5;
    public const int DefaultMinimumFreeMegabytes = 100;

    /// <summary>The data folder; a relative path is taken from the application's content root.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>
    /// How long a save waits for another writer (another process, a backup holding a lock) before it is refused
    /// with "probeer het zo opnieuw". Keep it short: the user waits this long before seeing the message.
    /// </summary>
    public int BusyTimeoutSeconds { get; set; } = DefaultBusyTimeoutSeconds;

    /// <summary>Below this much free space on the data folder's disk, the readiness check reports Degraded (0 switches the check off).</summary>
    public int MinimumFreeMegabytes { get; set; } = DefaultMinimumFreeMegabytes;

    /// <summary>
    /// The connection string: Microsoft.Data.Sqlite retries a statement that finds the database locked until its
    /// command timeout (<c>Default Timeout</c>, 30 s unless set) has passed, on top of SQLite's own busy timeout; both
    /// get the same value, so a locked database is given up after that time, not after 30 s.
    /// </summary>
    public static string ConnectionStringFor(string databasePath, int busyTimeoutSeconds = DefaultBusyTimeoutSeconds) =>
        $"Data Source={databasePath};Default Timeout={Math.Max(1, busyTimeoutSeconds)}";
}
