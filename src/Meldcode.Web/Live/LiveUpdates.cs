using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.GetParticipantScreen;
using Meldcode.Application.DilemmaSessions.GetSessionScreen;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Meldcode.Web.Live;

/// <summary>
/// The live sessions' event streams (Server-Sent Events). An event says only that something changed, with a number;
/// the page then fetches its own new content, through the same page and the same checks as without JavaScript. The
/// browser reconnects by itself after a lost connection, and the page fetches its content again then.
/// </summary>
public static class LiveUpdates
{
    /// <summary>The trainer's screens get at most this many updates per second, however fast votes arrive.</summary>
    private static readonly TimeSpan TrainerGap = TimeSpan.FromMilliseconds(250);

    /// <summary>A comment line at least this often keeps proxies from closing a quiet stream.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public static void MapLiveUpdates(this IEndpointRouteBuilder endpoints)
    {
        // A participant's page: stage changes of the session. Anonymous, as joining is, but only for a browser that
        // joined this session (its cookie's token); anyone else gets what an unknown session gives.
        endpoints.MapGet("/doe-mee/{sessionId:guid}/updates", async Task<Results<NotFound, ServerSentEventsResult<string>>> (Guid sessionId, SessionSignals signals, IMediator mediator, HttpContext http) =>
            {
                var token = ParticipantCookie.TokenFor(http.Request, sessionId);
                return await ExistsAsync(() => mediator.Send(new GetParticipantScreenQuery(sessionId, token), http.RequestAborted))
                    ? Stream(signals.Stage(sessionId), TimeSpan.Zero, http)
                    : TypedResults.NotFound();
            })
            .AllowAnonymous();

        // The trainer's control page and projector: every change, at most four times a second; only for the session's own trainer.
        endpoints.MapGet("/training/sessies/{sessionId:guid}/updates", async Task<Results<NotFound, ServerSentEventsResult<string>>> (Guid sessionId, SessionSignals signals, IMediator mediator, HttpContext http) =>
                await ExistsAsync(() => mediator.Send(new GetSessionScreenQuery(sessionId), http.RequestAborted))
                    ? Stream(signals.Counts(sessionId), TrainerGap, http)
                    : TypedResults.NotFound())
            .RequireAuthorization(DependencyInjection.TrainerPolicy);
    }

    /// <summary>The caller may see the session: the use case finds it for them (the same check as the page's).</summary>
    private static async Task<bool> ExistsAsync<T>(Func<Task<T>> read)
    {
        try
        {
            await read().ConfigureAwait(false);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private static ServerSentEventsResult<string> Stream(Pulse pulse, TimeSpan gap, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(Events(pulse, gap, http.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> Events(Pulse pulse, TimeSpan gap, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = pulse.Version;
        yield return Update(seen);
        while (!cancellationToken.IsCancellationRequested)
        {
            long now;
            try
            {
                now = await pulse.WaitAboveAsync(seen, KeepAlive, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            if (now == seen)
            {
                yield return new SseItem<string>(string.Empty, "ping");
                continue;
            }

            seen = now;
            yield return Update(now);
            if (gap > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(gap, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }
        }
    }

    private static SseItem<string> Update(long version) =>
        new(version.ToString(CultureInfo.InvariantCulture), "update") { ReconnectionInterval = TimeSpan.FromSeconds(2) };
}
