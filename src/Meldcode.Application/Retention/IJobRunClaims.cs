namespace Meldcode.Application.Retention;

/// <summary>
/// Makes a daily job run once, even when several app processes share the database: the first process to claim a job's
/// day runs it, every other claim of that day is refused. (A port: SQLite keeps a row per job and day with a unique key;
/// a PostgreSQL installation may keep that or use an advisory lock.)
/// </summary>
public interface IJobRunClaims
{
    /// <summary>True for exactly one caller per job and day.</summary>
    Task<bool> TryClaimAsync(string job, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken);
}
