using Meldcode.Application.Drafts;

namespace Meldcode.Web.Drafts;

/// <summary>Every hour: deletes the drafts older than the term they are kept (<see cref="DraftHousekeeping"/>). Logs only how many, never what or whose.</summary>
public sealed partial class DraftHousekeepingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DraftHousekeepingService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<DraftHousekeeping>().RunAsync(stoppingToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    LogDone(logger, deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft housekeeping: {Deleted} draft(s) older than the retention term deleted.")]
    private static partial void LogDone(ILogger logger, int deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Draft housekeeping failed ({ExceptionType}); it runs again within the hour.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
