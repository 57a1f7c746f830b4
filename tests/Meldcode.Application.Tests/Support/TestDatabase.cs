using System.Globalization;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Meldcode.Application.Tests.Support;

/// <summary>
/// A real database of the test's own, removed afterwards, on the provider the run asks for: an SQLite file in a
/// temporary folder (the default, the fast inner loop), or, with <c>MELDCODE_TEST_DATABASE=PostgreSql</c>, a database
/// on the PostgreSQL server of <c>MELDCODE_TEST_POSTGRES</c> (<c>./test.sh</c> starts one and runs the suites on both).
/// A PostgreSQL database is created when first used: migrated as a copy of a template migrated once per test run
/// (<see cref="MigrateAsync"/>), or else empty, as a new SQLite file is.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>Which provider this test run uses.</summary>
    public static DatabaseProvider RunProvider { get; } = DatabaseTarget.ProviderFrom(Environment.GetEnvironmentVariable("MELDCODE_TEST_DATABASE"));

    private readonly string? _postgreSqlName;
    private bool _created;

    public TestDatabase()
        : this(RunProvider)
    {
    }

    public TestDatabase(DatabaseProvider provider)
    {
        Folder = Directory.CreateTempSubdirectory("meldcode-test-").FullName;
        if (provider == DatabaseProvider.PostgreSql)
        {
            _postgreSqlName = "meldcode_test_" + Guid.NewGuid().ToString("N");
            Target = DatabaseTarget.PostgreSql(PostgreSqlTestServer.ConnectionStringFor(_postgreSqlName));
        }
        else
        {
            Target = DatabaseTarget.Sqlite(Path.Combine(Folder, StorageOptions.DatabaseFileName));
        }
    }

    /// <summary>A temporary folder of the test's own: the data folder (with SQLite, the database file is in it).</summary>
    public string Folder { get; }

    public DatabaseTarget Target { get; }

    public bool IsPostgreSql => Target.IsPostgreSql;

    /// <summary>The SQLite file; tests of SQLite's own behaviour use it.</summary>
    public string DatabasePath => IsPostgreSql
        ? throw new InvalidOperationException("This test is about the SQLite file; it runs on SQLite only ([Trait(\"Database\", \"Sqlite\")]).")
        : Target.ConnectionString;

    /// <summary>The settings that point an application at this database (data folder, provider, connection string).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:DataDirectory"] = Folder,
        ["Database:Provider"] = Target.Provider.ToString(),
        [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = IsPostgreSql ? Target.ConnectionString : null,
    };

    public ApplicationDbContext CreateContext()
    {
        EnsureCreated(migrated: false);
        return new ApplicationDbContext(MeldcodeDatabase.OptionsFor(Target));
    }

    public async Task<TestDatabase> MigrateAsync()
    {
        if (IsPostgreSql)
        {
            EnsureCreated(migrated: true);
            return this;
        }

        await using var context = CreateContext();
        await context.Database.MigrateAsync();
        return this;
    }

    /// <summary>Runs SQL outside the application's rules, as someone with direct access to the database would (names quoted, so it reads the same on both providers).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var context = CreateContext();
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>
    /// The SQL that drops the triggers keeping <paramref name="table"/> append-only (the access log, the administration
    /// log, the deletion records, a dilemma's versions), as someone with the database in hand could.
    /// </summary>
    public string DropAppendOnlyTriggersSql(string table) => IsPostgreSql
        ? $"DROP TRIGGER \"{table}_append_only\" ON \"{table}\";"
        : $"DROP TRIGGER {table}_append_only_update; DROP TRIGGER {table}_append_only_delete;";

    /// <summary>Creates the PostgreSQL database once: a copy of the migrated template, or empty. (An SQLite file is created by its first connection.)</summary>
    public void EnsureCreated(bool migrated)
    {
        if (_postgreSqlName is null || _created)
        {
            return;
        }

        PostgreSqlTestServer.CreateDatabase(_postgreSqlName, migrated);
        _created = true;
    }

    public void Dispose()
    {
        if (_postgreSqlName is not null)
        {
            if (_created)
            {
                PostgreSqlTestServer.DropDatabase(_postgreSqlName);
            }
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>
/// The PostgreSQL server of the test run (<c>MELDCODE_TEST_POSTGRES</c>, a connection string without a database) and a
/// template database migrated once per build, from which each test's database is copied in a few milliseconds
/// (<c>CREATE DATABASE ... TEMPLATE</c>) instead of being migrated again.
/// </summary>
public static class PostgreSqlTestServer
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// PostgreSQL 15 copies a template through its write-ahead log by default; copying the files is about a third faster
    /// for a database this small (mostly the system catalogs), and the test server does not sync to disk anyway.
    /// </summary>
    private static readonly Lazy<string> CopyStrategy = new(() =>
    {
        using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        connection.Open();
        return connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY FILE_COPY" : string.Empty;
    });

    /// <summary>The server's connection string; the test run must give it.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MELDCODE_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("MELDCODE_TEST_POSTGRES is not set: start a server with tests/postgres-server.sh (./test.sh does) and give its connection string.");

    /// <summary>Whether this run has a PostgreSQL server (always under ./test.sh).</summary>
    public static bool IsAvailable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MELDCODE_TEST_POSTGRES"));

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public static void CreateDatabase(string name, bool migrated)
    {
        var sql = migrated ? $"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\"{CopyStrategy.Value}" : $"CREATE DATABASE \"{name}\"";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Maintenance(sql);
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                Thread.Sleep(50 * attempt); // another copy of the template is being made this very moment
            }
        }
    }

    public static void DropDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(ConnectionStringFor(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Maintenance($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>A statement on the server's maintenance database (<c>postgres</c>).</summary>
    public static void Maintenance(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Migrates a template for this build of the migrations (its name carries their assembly's version id), once per
    /// server: test processes that start together wait for each other on an advisory lock.
    /// </summary>
    private static string CreateTemplate()
    {
        var migrations = System.Reflection.Assembly.Load(DatabaseOptions.PostgreSqlMigrationsAssembly);
        var name = "meldcode_template_" + migrations.ManifestModule.ModuleVersionId.ToString("N")[..12];
        using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        connection.Open();
        using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(727274)", connection))
        {
            lockCommand.ExecuteNonQuery();
        }

        using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{name}'", connection);
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            {
                create.ExecuteNonQuery();
            }

            // No pooling: a connection left open to the template would keep it from being copied.
            var target = DatabaseTarget.PostgreSql(ConnectionStringFor(name) + ";Pooling=false");
            using var context = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(target));
            context.Database.Migrate();
        }

        return name;
    }
}
