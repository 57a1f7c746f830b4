using System.Globalization;
using Meldcode.Infrastructure.Persistence;
using Npgsql;

namespace Meldcode.Benchmarks;

/// <summary>
/// Where the benchmarked app keeps its data and how many copies of it run (issue 15):
/// <c>--provider sqlite|postgresql</c> (default sqlite); for PostgreSQL the server, <c>--postgres "Host=…;Port=…;Username=…"</c>
/// (a connection string without a database; else the environment variable <c>MELDCODE_TEST_POSTGRES</c>, as the tests use),
/// and optionally <c>--database NAME</c> (seed once into that database and keep it; later runs with the same name reuse it;
/// without it a fresh database is made and dropped afterwards); <c>--instances 1|2</c> (two app processes on one
/// PostgreSQL database); <c>--host in-process|process</c>: one instance in the benchmark's own process (the default, as
/// in the earlier runs) or as its own process (<c>dotnet Meldcode.Web.dll</c>, as two instances always run).
/// </summary>
public sealed record Deployment(DatabaseProvider Provider = DatabaseProvider.Sqlite, string? PostgresServer = null, string? PostgresDatabase = null, int Instances = 1, bool InProcess = true)
{
    public const string PostgresEnvironmentVariable = "MELDCODE_TEST_POSTGRES";

    public const string Usage = "[--provider sqlite|postgresql] [--postgres SERVER-CONNECTION-STRING] [--database NAME] [--instances 1|2] [--host in-process|process]";

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>Reads one of this record's options into <paramref name="deployment"/>; false when <paramref name="name"/> is not one of them.</summary>
    public static bool TryRead(string name, string value, ref Deployment deployment)
    {
        switch (name)
        {
            case "--provider":
                deployment = deployment with
                {
                    Provider = value.ToLowerInvariant() switch
                    {
                        "sqlite" => DatabaseProvider.Sqlite,
                        "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
                        _ => throw new ArgumentException("--provider is sqlite or postgresql"),
                    },
                };
                return true;
            case "--postgres":
                deployment = deployment with { PostgresServer = value };
                return true;
            case "--database":
                deployment = deployment with { PostgresDatabase = value };
                return true;
            case "--instances":
                deployment = deployment with { Instances = int.Parse(value, CultureInfo.InvariantCulture) is var n and (1 or 2) ? n : throw new ArgumentException("--instances is 1 or 2") };
                return true;
            case "--host":
                deployment = deployment with { InProcess = value switch { "in-process" => true, "process" => false, _ => throw new ArgumentException("--host is in-process or process") } };
                return true;
            default:
                return false;
        }
    }

    /// <summary>Checks the combination: two instances need PostgreSQL (they share its database) and run as processes.</summary>
    public Deployment Validated()
    {
        if (Instances > 1 && !IsPostgreSql)
        {
            throw new ArgumentException("--instances 2 needs --provider postgresql: two instances share one PostgreSQL database.");
        }

        if (IsPostgreSql && string.IsNullOrWhiteSpace(Server))
        {
            throw new ArgumentException($"--provider postgresql needs the server: --postgres \"Host=127.0.0.1;Port=5432;Username=postgres\" or {PostgresEnvironmentVariable} (tests/postgres-server.sh start FOLDER prints one).");
        }

        if (!IsPostgreSql && PostgresDatabase is not null)
        {
            throw new ArgumentException("--database names a PostgreSQL database; with SQLite use --data FOLDER.");
        }

        return Instances > 1 ? this with { InProcess = false } : this;
    }

    /// <summary>One line for the report: provider, instances, hosting.</summary>
    public string Describe() =>
        $"{(IsPostgreSql ? "PostgreSQL" : "SQLite")}, {Instances} instance{(Instances > 1 ? "s" : string.Empty)} ({(InProcess ? "in the benchmark's process" : "each its own process")})";

    private string? Server => PostgresServer ?? Environment.GetEnvironmentVariable(PostgresEnvironmentVariable);

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    /// <summary>
    /// The PostgreSQL database of this run: the one named with <c>--database</c> (created when missing; <c>Seeded</c>
    /// tells whether it already holds an organisation) or a fresh one that <see cref="DropAsync"/> removes.
    /// </summary>
    public async Task<(DatabaseTarget Target, bool Seeded)> PrepareAsync()
    {
        var name = PostgresDatabase ?? $"meldcode_bench_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", name);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
                return (DatabaseTarget.PostgreSql(ConnectionStringFor(name)), false);
            }
        }

        await using var target = new NpgsqlConnection(ConnectionStringFor(name));
        await target.OpenAsync();
        await using var table = new NpgsqlCommand("SELECT to_regclass('\"Organisations\"') IS NOT NULL", target);
        var seeded = false;
        if (await table.ExecuteScalarAsync() is true)
        {
            await using var organisations = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM \"Organisations\")", target);
            seeded = await organisations.ExecuteScalarAsync() is true;
        }

        return (DatabaseTarget.PostgreSql(ConnectionStringFor(name)), seeded);
    }

    /// <summary>Drops the run's database unless it was named with <c>--database</c> (kept for later runs).</summary>
    public async Task DropAsync(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        NpgsqlConnection.ClearAllPools();
        if (!target.IsPostgreSql || PostgresDatabase is not null)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(target.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
