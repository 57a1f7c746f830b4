using Npgsql;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// The PostgreSQL server of the test run (<c>MELDCODE_TEST_POSTGRES</c>: a connection string without a database, as
/// printed by <c>tests/postgres-server.sh start</c>). Databases made here are the test's own and dropped afterwards.
/// </summary>
internal static class PostgreSqlServer
{
    public const string EnvironmentVariable = "MELDCODE_TEST_POSTGRES";

    public static bool IsAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    private static string ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{EnvironmentVariable} is not set: start a server with tests/postgres-server.sh and give its connection string.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates an empty database with a fresh name and returns its name; the app migrates it.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await MaintenanceAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    /// <summary>Drops the database, closing whatever connections are still open to it.</summary>
    public static async Task DropDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionStringFor(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await MaintenanceAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>A statement on the server's maintenance database (<c>postgres</c>).</summary>
    private static async Task MaintenanceAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
