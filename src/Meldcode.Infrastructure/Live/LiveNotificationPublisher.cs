using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Meldcode.Infrastructure.Live;

/// <summary>
/// Sends this instance's live changes to the others with <c>pg_notify</c>, outside the request: a vote only queues its
/// change. What queued meanwhile goes in one statement, each session's change once (a stage change covers its counts),
/// so a burst of 2,000 votes becomes a handful of notifications. A notification that cannot be sent is dropped with a
/// warning: the other instances' screens then update with the next change, or when their browsers reconnect.
/// </summary>
public sealed partial class LiveNotificationPublisher(LiveConnections connections, ILogger<LiveNotificationPublisher> logger) : BackgroundService
{
    private readonly Channel<(LiveChange Change, Guid SessionId)> _queue =
        Channel.CreateUnbounded<(LiveChange, Guid)>(new UnboundedChannelOptions { SingleReader = true });

    public void Publish(LiveChange change, Guid sessionId) => _queue.Writer.TryWrite((change, sessionId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connections.Enabled)
        {
            return;
        }

        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var stages = new HashSet<Guid>();
                var counts = new HashSet<Guid>();
                while (reader.TryRead(out var item))
                {
                    (item.Change == LiveChange.Stage ? stages : counts).Add(item.SessionId);
                }

                counts.ExceptWith(stages);
                var payloads = stages.Select(id => new LiveNotice(connections.Instance, LiveChange.Stage, id).Payload)
                    .Concat(counts.Select(id => new LiveNotice(connections.Instance, LiveChange.Counts, id).Payload))
                    .ToArray();
                await SendAsync(payloads, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued no longer matters, the screens on this instance go with it.
        }
    }

    private async Task SendAsync(string[] payloads, CancellationToken cancellationToken)
    {
        // Twice at most: a pooled connection may have died since its last use (a database restart or fail-over).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, payload) FROM unnest(@payloads) AS payload", connection);
                notify.Parameters.AddWithValue("channel", LiveNotice.Channel);
                notify.Parameters.AddWithValue("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text, payloads);
                await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException) when (attempt == 1)
            {
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogNotSent(logger, payloads.Length, exception.GetType().Name);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live sessions: {Count} change(s) could not be passed to the other instances ({ExceptionType}); their screens update with the next change.")]
    private static partial void LogNotSent(ILogger logger, int count, string exceptionType);
}
