using Meldcode.Application.Retention;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Retention;

/// <summary>
/// Claims a job's day by inserting its row in <c>ScheduledJobRuns</c>: the key (job, day) lets exactly one insert win,
/// whichever process makes it; the others get the key's refusal and skip the run.
/// </summary>
public sealed class JobRunClaims(ApplicationDbContext context) : IJobRunClaims
{
    /// <summary>SQLITE_CONSTRAINT_PRIMARYKEY.</summary>
    private const int SqlitePrimaryKeyConstraint = 1555;

    public async Task<bool> TryClaimAsync(string job, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var run = context.ScheduledJobRuns.Add(new ScheduledJobRun(job, day, now));
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqlitePrimaryKeyConstraint })
        {
            return false;
        }
        finally
        {
            run.State = EntityState.Detached;
        }
    }
}
