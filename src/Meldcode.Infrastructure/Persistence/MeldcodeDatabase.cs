using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// How every <see cref="ApplicationDbContext"/> talks to its database — the application, the migration tool, the
/// tests and the benchmarks alike, on either provider: split queries (a dossier's parts each load with their own query
/// instead of one wide join), EF Core's own error lines turned down to Debug (see below), and per provider: for SQLite
/// the pragma interceptor; for PostgreSQL the migrations of its own assembly and a lock timeout.
/// </summary>
public static class MeldcodeDatabase
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseTarget target, SqlitePragmaInterceptor pragmas)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(pragmas);
        if (target.IsPostgreSql)
        {
            options.UseNpgsql(
                PostgreSqlConnectionString(target.ConnectionString, pragmas.BusyTimeoutSeconds),
                npgsql => npgsql
                    .MigrationsAssembly(DatabaseOptions.PostgreSqlMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            options
                .UseSqlite(StorageOptions.ConnectionStringFor(target.ConnectionString, pragmas.BusyTimeoutSeconds), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(pragmas);
        }

        // A failed statement or save is logged once where it is handled: an unexpected one with its stack trace by the
        // request pipeline (UnhandledExceptionBehaviour, the exception handler), a storage failure in one plain line
        // (StorageHealth). EF Core's own error lines about the same failure would repeat it, with SQL, at Error level.
        return options.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug)));
    }

    /// <summary>Options for a context outside dependency injection (tests, benchmarks, tools).</summary>
    public static DbContextOptions<ApplicationDbContext> OptionsFor(DatabaseTarget target) =>
        (DbContextOptions<ApplicationDbContext>)new DbContextOptionsBuilder<ApplicationDbContext>().Use(target, new SqlitePragmaInterceptor()).Options;

    /// <summary>
    /// The operator's connection string with a lock timeout of <c>Storage:BusyTimeoutSeconds</c> (unless it sets its own
    /// server options): a statement that waits longer for a lock held elsewhere is refused, and the user sees "probeer het
    /// zo opnieuw" instead of waiting out the command timeout, as with SQLite's busy timeout.
    /// </summary>
    public static string PostgreSqlConnectionString(string connectionString, int busyTimeoutSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Options))
        {
            builder.Options = $"-c lock_timeout={Math.Max(1, busyTimeoutSeconds) * 1000}";
        }

        return builder.ConnectionString;
    }
}
