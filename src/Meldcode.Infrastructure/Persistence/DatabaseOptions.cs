using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>The database engine of an installation.</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file in the data folder, inside the app's process: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>ConnectionStrings:Meldcode</c>): for several app instances and a server with replication.</summary>
    PostgreSql,
}

/// <summary>Which database an installation uses (section <c>Database</c>, and the connection string <c>ConnectionStrings:Meldcode</c>).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The name of the connection string under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Meldcode";

    /// <summary>The assembly that holds the PostgreSQL migrations (EF Core keeps one set of migrations per provider).</summary>
    public const string PostgreSqlMigrationsAssembly = "Meldcode.Infrastructure.PostgreSql";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>
/// The database this process talks to, resolved from configuration once: the provider, and the SQLite file in the data
/// folder or the PostgreSQL connection string. <see cref="Describe"/> names it for logs and health checks without a password.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The SQLite file at this path.</summary>
    public static DatabaseTarget Sqlite(string databasePath) => new(DatabaseProvider.Sqlite, databasePath);

    /// <summary>The PostgreSQL database of this connection string.</summary>
    public static DatabaseTarget PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    /// <summary>
    /// Reads <c>Database:Provider</c> and, for PostgreSQL, <c>ConnectionStrings:Meldcode</c>. Refuses with a sentence an
    /// operator can act on when the provider is unknown or PostgreSQL has no connection string.
    /// </summary>
    public static DatabaseTarget From(IConfiguration configuration, Func<string> sqliteDatabasePath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(sqliteDatabasePath);
        var provider = ProviderFrom(configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"]);
        if (provider == DatabaseProvider.Sqlite)
        {
            return Sqlite(sqliteDatabasePath());
        }

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Database:Provider is PostgreSql, but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set. " +
                "Give the connection string of an (empty) PostgreSQL database, for example \"Host=db.example.nl;Database=meldcode;Username=meldcode;Password=...\".");
        }

        return PostgreSql(connectionString);
    }

    /// <summary>The provider by its name (case-insensitive, not by number); empty means SQLite.</summary>
    public static DatabaseProvider ProviderFrom(string? name) =>
        string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
        : Enum.GetNames<DatabaseProvider>().FirstOrDefault(known => string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known
            ? Enum.Parse<DatabaseProvider>(known)
            : throw new InvalidOperationException($"Database:Provider \"{name}\" is not known. Use Sqlite (the default) or PostgreSql.");

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>Where the data is, for a log line or a health check: the file, or the server and database (never the password).</summary>
    public string Describe()
    {
        if (!IsPostgreSql)
        {
            return $"SQLite database {ConnectionString}";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
    }

    /// <summary>The record's text would otherwise show the connection string, password and all.</summary>
    public override string ToString() => Describe();
}
