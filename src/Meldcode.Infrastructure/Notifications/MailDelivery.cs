using Meldcode.Application.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meldcode.Infrastructure.Notifications;

/// <summary>
/// Every 30 seconds, while notification mail is switched on: sends the mails that are due (<see cref="MailDispatcher"/>).
/// Switched off, it stops at once. Logs counts only, never whose or what.
/// </summary>
public sealed partial class MailDelivery(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, ILogger<MailDelivery> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<MailDispatcher>().RunAsync(stoppingToken).ConfigureAwait(false);
                if (!run.IsEmpty)
                {
                    LogRun(logger, run.Sent, run.Postponed, run.Failed, run.GivenUp, run.Skipped);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification mail: {Sent} sent, {Postponed} postponed (minimum interval), {Failed} failed (to be tried again), {GivenUp} given up, {Skipped} skipped.")]
    private static partial void LogRun(ILogger logger, int sent, int postponed, int failed, int givenUp, int skipped);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification mail delivery failed ({ExceptionType}); it runs again within 30 seconds.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
