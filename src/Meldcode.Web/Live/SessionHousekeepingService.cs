using Meldcode.Application.DilemmaSessions;

namespace Meldcode.Web.Live;

/// <summary>
/// Every hour: ends sessions past their 24 hours and erases reflections past their retention term
/// (<see cref="SessionHousekeeping"/>). Logs only how many, never what.
/// </summary>
public sealed partial class SessionHousekeepingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SessionHousekeepingService> logger) : BackgroundService
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
                var (ended, erased) = await scope.ServiceProvider.GetRequiredService<SessionHousekeeping>().RunAsync(stoppingToken).ConfigureAwait(false);
                if (ended + erased > 0)
                {
                    LogDone(logger, ended, erased);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session housekeeping: {Ended} session(s) ended after 24 hours, reflections of {Erased} session(s) erased.")]
    private static partial void LogDone(ILogger logger, int ended, int erased);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session housekeeping failed ({ExceptionType}); it runs again within the hour.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
