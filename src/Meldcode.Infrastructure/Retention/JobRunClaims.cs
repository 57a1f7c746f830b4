using Meldcode.Application.Retention;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Retention;

/// <summary>
/// Claims a job's day with a row in <c>ScheduledJobRuns</c>, keyed (job, day). The claim is made under the job's write
/// lock (<see cref="WriteLocks"/>: SQLite's write transaction, a PostgreSQL advisory lock), so of several processes that
/// wake up at the same moment one finds the day free and takes it, and the others find it taken. The key stays as the
/// last guard.
/// </summary>
public sealed class JobRunClaims(ApplicationDbContext context) : IJobRunClaims
{
    public async Task<bool> TryClaimAsync(string job, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.HoldUntilCommitAsync(WriteLocks.ForJob(job), cancellationToken).ConfigureAwait(false);
        if (await context.ScheduledJobRuns.AnyAsync(r => r.Job == job && r.Day == day, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var run = context.ScheduledJobRuns.Add(new ScheduledJobRun(job, day, now));
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception, ScheduledJobRunConfiguration.Table, nameof(ScheduledJobRun.Job)))
        {
            return false;
        }
        finally
        {
            run.State = EntityState.Detached;
        }
    }
}
