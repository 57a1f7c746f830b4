namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// One row per scheduled job per day: the first process that inserts it runs the job that day; the key (job, day) refuses
/// every other. A PostgreSQL installation can keep this or swap in an advisory lock (<see cref="Application.Retention.IJobRunClaims"/>).
/// </summary>
public sealed class ScheduledJobRun
{
    public ScheduledJobRun(string job, DateOnly day, DateTimeOffset claimedAt)
    {
        Job = job;
        Day = day;
        ClaimedAt = claimedAt;
    }

    public string Job { get; private set; }

    public DateOnly Day { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }
}
