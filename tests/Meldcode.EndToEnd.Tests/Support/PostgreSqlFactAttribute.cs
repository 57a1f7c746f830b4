namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// A test that needs a PostgreSQL server whatever the run's provider (two app instances share one database): skipped,
/// with the reason, when the run has no server (<c>MELDCODE_TEST_POSTGRES</c> unset). Under <c>./test.sh</c> there always is one.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!PostgreSqlServer.IsAvailable)
        {
            Skip = "Needs a PostgreSQL server: start one with tests/postgres-server.sh and set MELDCODE_TEST_POSTGRES to its connection string (./test.sh does).";
        }
    }
}
