using Meldcode.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Support;

/// <summary>A real SQLite database file in its own temporary folder, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("meldcode-test-").FullName;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, StorageOptions.DatabaseFileName);

    public ApplicationDbContext CreateContext() => new(SqliteDatabase.OptionsFor(DatabasePath));

    public async Task<TestDatabase> MigrateAsync()
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync();
        return this;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
