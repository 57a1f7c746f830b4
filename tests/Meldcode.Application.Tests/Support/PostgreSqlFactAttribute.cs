namespace Meldcode.Application.Tests.Support;

/// <summary>A test that needs PostgreSQL whatever provider the run uses (several instances on one database); skipped only when the run has no server.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!PostgreSqlTestServer.IsAvailable)
        {
            Skip = "Needs a PostgreSQL server (MELDCODE_TEST_POSTGRES; ./test.sh starts one).";
        }
    }
}
