using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Meldcode.Infrastructure.Live;

/// <summary>
/// Per instance one PostgreSQL connection that does <c>LISTEN meldcode_live</c> and waits. A notification from another
/// instance raises the pulse here, so the event streams of this instance wake; this instance's own notifications are
/// skipped (it raised its pulse when it sent them). PostgreSQL delivers only to connected listeners, so after a lost
/// connection it reconnects (at once, then after 1, 2, 4 … up to 30 seconds) and then raises every session it knows
/// once: what it missed meanwhile, the screens fetch then. An idle connection is checked every
/// <see cref="IdleCheck"/>. Logs identifiers and counts only.
/// </summary>
public sealed partial class LiveNotificationListener(
    LiveConnections connections,
    ILocalSessionSignals local,
    TimeProvider clock,
    ILogger<LiveNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the current connection listens (again after a lost connection).</summary>
    public Task Listening => Volatile.Read(ref _listening).Task;

    /// <summary>The wait before the next attempt, after this many attempts in a row failed: none after the first.</summary>
    public static TimeSpan Backoff(int failures) =>
        failures <= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 2), LongestWait.TotalSeconds));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connections.Enabled)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => failures = 0, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                if (_listening.Task.IsCompleted)
                {
                    Volatile.Write(ref _listening, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                }

                var wait = Backoff(failures);
                LogLost(logger, exception.GetType().Name, failures, (int)wait.TotalSeconds);
                try
                {
                    await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        await using var connection = await connections.OpenListenerAsync(stoppingToken).ConfigureAwait(false);
        connection.Notification += OnNotification;
        await using (var listen = new NpgsqlCommand($"LISTEN {LiveNotice.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
        }

        connected();

        // Listening from here on; what changed before this moment is not coming, so every known session fetches once.
        var sessions = local.KnownSessions;
        foreach (var sessionId in sessions)
        {
            local.StageChanged(sessionId);
        }

        LogListening(logger, connections.Instance, sessions.Count);
        _listening.TrySetResult();

        while (true)
        {
            if (!await connection.WaitAsync(IdleCheck, stoppingToken).ConfigureAwait(false))
            {
                // Quiet for a while: a statement shows whether the connection still stands (a dead one throws).
                await using var check = new NpgsqlCommand("SELECT 1", connection);
                await check.ExecuteScalarAsync(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (!LiveNotice.TryParse(e.Payload, out var notice))
        {
            LogUnknown(logger);
            return;
        }

        if (notice.Instance == connections.Instance)
        {
            return;
        }

        if (notice.Change == LiveChange.Stage)
        {
            local.StageChanged(notice.SessionId);
        }
        else
        {
            local.CountsChanged(notice.SessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live sessions: instance {Instance} listens for the other instances' changes; {Sessions} known session(s) refreshed.")]
    private static partial void LogListening(ILogger logger, string instance, int sessions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live sessions: the listening connection was lost ({ExceptionType}, attempt {Failures}); connecting again in {Seconds} s.")]
    private static partial void LogLost(ILogger logger, string exceptionType, int failures, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live sessions: a notification on the channel was not understood and is skipped.")]
    private static partial void LogUnknown(ILogger logger);
}
