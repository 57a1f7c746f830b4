using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

/// <summary>The data folder holds children's records and the session keys: on Unix only the app's own user may read it.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Database", "Sqlite")] // about SQLite itself: left out of the PostgreSQL run (test.sh)
public sealed class FileModeTests : IDisposable
{
    private const UnixFileMode Folder0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _root = Directory.CreateTempSubdirectory("meldcode-modes-").FullName;

    [Fact]
    public async Task A_new_data_folder_its_keys_folder_and_the_database_with_its_wal_files_are_for_the_app_user_only()
    {
        var folder = DataFolder.At(Path.Combine(_root, "data"));

        await using (var context = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(DatabaseTarget.Sqlite(folder.DatabasePath))))
        {
            // Kept open while the modes are read: SQLite removes the -wal and -shm files when the last connection closes.
            await context.Database.OpenConnectionAsync();
            await context.Database.MigrateAsync();
            Assert.Equal(Folder0700, File.GetUnixFileMode(folder.FullPath));
            Assert.Equal(Folder0700, File.GetUnixFileMode(folder.KeysPath));
            Assert.Equal(File0600, File.GetUnixFileMode(folder.DatabasePath));
            Assert.Equal(File0600, File.GetUnixFileMode(folder.DatabasePath + "-wal"));
            Assert.Equal(File0600, File.GetUnixFileMode(folder.DatabasePath + "-shm"));
        }
    }

    [Fact]
    public void An_existing_data_folder_and_database_made_wider_by_an_earlier_version_are_tightened_at_start()
    {
        var path = Path.Combine(_root, "old");
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, Folder0700 | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var database = Path.Combine(path, StorageOptions.DatabaseFileName);
        File.WriteAllBytes(database, []);
        File.SetUnixFileMode(database, File0600 | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var folder = DataFolder.At(path);

        Assert.Equal(Folder0700, File.GetUnixFileMode(folder.FullPath));
        Assert.Equal(File0600, File.GetUnixFileMode(folder.DatabasePath));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
