using Meldcode.Application.Retention;
using Meldcode.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meldcode.Infrastructure.Retention;

/// <summary>
/// Every night at <see cref="RunsAt"/> Dutch time: the retention job (<see cref="RetentionSweep"/>). Every process that
/// shares the database wakes up; the one that claims the day runs it. A night the app was down is made up for the next
/// night (the job deletes everything whose term has ended, not only what ended that day). Logs counts only, never which
/// records.
/// </summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob> logger) : BackgroundService
{
    /// <summary>02:00 in the Netherlands: quiet, and after midnight so "today" is the new day.</summary>
    public static readonly TimeOnly RunsAt = new(2, 0);

    /// <summary>How long until the next <see cref="RunsAt"/> in Dutch time, from <paramref name="now"/>.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var today = DutchTime.Today(now);
        var next = DutchTime.StartOf(today).Add(RunsAt.ToTimeSpan());
        if (next <= now)
        {
            next = DutchTime.StartOf(today.AddDays(1)).Add(RunsAt.ToTimeSpan());
        }

        return next - now;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(clock.GetUtcNow()), clock, stoppingToken).ConfigureAwait(false);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(stoppingToken).ConfigureAwait(false);
                if (run.Claimed)
                {
                    LogRun(logger, run.DossiersDeleted, run.StaffConcernsDeleted, run.HeldDossiersKept);
                }
                else
                {
                    LogSkipped(logger);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Dossiers} dossier(s) and {StaffConcerns} staff-member record(s) deleted at the end of their term; {Held} kept under a legal hold.")]
    private static partial void LogRun(ILogger logger, int dossiers, int staffConcerns, int held);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: today's run was claimed by another process; nothing to do here.")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention job failed ({ExceptionType}); it runs again next night. Deletions already committed stay done.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
