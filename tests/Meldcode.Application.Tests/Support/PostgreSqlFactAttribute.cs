namespace Meldcode.Application.Tests.Support;

/// <summary>
/// A test that needs a PostgreSQL server whatever the run's provider (for example a copy from SQLite into PostgreSQL):
/// skipped, with the reason, when the run has none (<c>MELDCODE_TEST_POSTGRES</c> unset); <c>./test.sh</c> always gives one.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!PostgreSqlTestServer.IsAvailable)
        {
            Skip = "Needs a PostgreSQL server: start one with tests/postgres-server.sh and set MELDCODE_TEST_POSTGRES (./test.sh does).";
        }
    }
}
