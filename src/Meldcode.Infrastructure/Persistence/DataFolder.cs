using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>The resolved data folder of this installation; created when first asked for, readable by the app's user only (on Unix).</summary>
public sealed class DataFolder
{
    public DataFolder(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.Value.DataDirectory;
        FullPath = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? StorageOptions.DefaultDataDirectory : configured, environment.ContentRootPath);
        CreateForOwnerOnly();
    }

    private DataFolder(string fullPath)
    {
        FullPath = Path.GetFullPath(fullPath);
        CreateForOwnerOnly();
    }

    /// <summary>rwx for the app's user only (0700): the data folder and its keys folder hold children's records and the keys to the sessions.</summary>
    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>rw for the app's user only (0600): the database file, and its -wal and -shm files (SQLite gives those the database file's mode).</summary>
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The data folder at this path, outside dependency injection (tools, tests).</summary>
    public static DataFolder At(string path) => new(path);

    public string FullPath { get; }

    public string DatabasePath => Path.Combine(FullPath, StorageOptions.DatabaseFileName);

    public string KeysPath => Path.Combine(FullPath, StorageOptions.KeysFolderName);

    /// <summary>
    /// Makes the database file and its -wal and -shm files (those that exist) readable by the app's user only. SQLite
    /// creates the database file 0644 (less the umask); the pragma interceptor calls this once the file exists.
    /// </summary>
    public static void RestrictDatabaseFiles(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(file) && File.GetUnixFileMode(file) != OwnerOnlyFile)
            {
                File.SetUnixFileMode(file, OwnerOnlyFile);
            }
        }
    }

    /// <summary>Creates the data folder and its keys folder 0700, and tightens them (and an existing database) when an earlier version made them wider.</summary>
    private void CreateForOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(FullPath);
            return;
        }

        foreach (var folder in new[] { FullPath, KeysPath })
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
            if (File.GetUnixFileMode(folder) != OwnerOnlyFolder)
            {
                File.SetUnixFileMode(folder, OwnerOnlyFolder);
            }
        }

        RestrictDatabaseFiles(DatabasePath);
    }
}
