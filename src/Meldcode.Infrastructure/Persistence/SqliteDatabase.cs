using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// How every <see cref="ApplicationDbContext"/> talks to its SQLite file — the application, the
/// migration tool, the tests and the benchmarks alike: the pragma interceptor, and split queries
/// (a dossier's parts each load with their own query instead of one wide join), and EF Core's own error lines turned
/// down to Debug (see below).
/// </summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, string databasePath, SqlitePragmaInterceptor pragmas)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pragmas);
        return options
            .UseSqlite(StorageOptions.ConnectionStringFor(databasePath, pragmas.BusyTimeoutSeconds), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(pragmas)
            // A failed statement or save is logged once where it is handled: an unexpected one with its stack trace by the
            // request pipeline (UnhandledExceptionBehaviour, the exception handler), a storage failure in one plain line
            // (StorageHealth). EF Core's own error lines about the same failure would repeat it, with SQL, at Error level.
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug)));
    }

    /// <summary>Options for a context outside dependency injection (tests, benchmarks, tools).</summary>
    public static DbContextOptions<ApplicationDbContext> OptionsFor(string databasePath) =>
        (DbContextOptions<ApplicationDbContext>)new DbContextOptionsBuilder<ApplicationDbContext>().Use(databasePath, new SqlitePragmaInterceptor()).Options;
}
