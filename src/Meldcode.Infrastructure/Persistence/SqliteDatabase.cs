using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// How every <see cref="ApplicationDbContext"/> talks to its SQLite file — the application, the
/// migration tool, the tests and the benchmarks alike: the pragma interceptor, and split queries
/// (a dossier's parts each load with their own query instead of one wide join).
/// </summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, string databasePath, SqlitePragmaInterceptor pragmas)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .UseSqlite(StorageOptions.ConnectionStringFor(databasePath), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(pragmas);
    }

    /// <summary>Options for a context outside dependency injection (tests, benchmarks, tools).</summary>
    public static DbContextOptions<ApplicationDbContext> OptionsFor(string databasePath) =>
        (DbContextOptions<ApplicationDbContext>)new DbContextOptionsBuilder<ApplicationDbContext>().Use(databasePath, new SqlitePragmaInterceptor()).Options;
}
