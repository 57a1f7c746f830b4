namespace Meldcode.Application.Tests.Support;

/// <summary>
/// A test about PostgreSQL itself (several instances on one database, its advisory locks, its failures): it uses a
/// PostgreSQL database whatever the run's provider, so it runs in the suite's first run; its class carries
/// <c>[Trait("Database", "PostgreSql")]</c>, which keeps it out of the second (test.sh). Skipped, with the reason, only where no
/// server is configured (a developer's plain <c>dotnet test</c>); <c>./test.sh</c> always starts one.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!PostgreSqlTestServer.IsAvailable)
        {
            Skip = "No PostgreSQL server for the tests: set MELDCODE_TEST_POSTGRES (tests/postgres-server.sh start prints it; ./test.sh does this).";
        }
    }
}
