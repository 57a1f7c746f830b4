using System.Collections.Concurrent;
using Meldcode.Infrastructure.Live;

namespace Meldcode.Web.Live;

/// <summary>
/// The live sessions' signals in this process: per session a counter for its stage and one for its counts, and a way
/// to wait until either moves. The event streams (<see cref="LiveUpdates"/>) wait on them; nothing but the session's
/// identifier and a number passes through. With PostgreSQL, the other instances' changes arrive here too
/// (<see cref="LiveNotificationListener"/>).
/// </summary>
public sealed class SessionSignals : ILocalSessionSignals
{
    private readonly ConcurrentDictionary<Guid, Pulse> _stages = new();
    private readonly ConcurrentDictionary<Guid, Pulse> _counts = new();

    public void StageChanged(Guid sessionId)
    {
        Stage(sessionId).Raise();
        Counts(sessionId).Raise();
    }

    public void CountsChanged(Guid sessionId) => Counts(sessionId).Raise();

    /// <inheritdoc/>
    public IReadOnlyCollection<Guid> KnownSessions => [.. _stages.Keys.Union(_counts.Keys)];

    /// <summary>The stage counter now, without keeping anything for a session nobody follows (0 until something changed).</summary>
    public long StageVersion(Guid sessionId) => _stages.TryGetValue(sessionId, out var pulse) ? pulse.Version : 0;

    /// <summary>The counter of every change now, without keeping anything for a session nobody follows.</summary>
    public long CountsVersion(Guid sessionId) => _counts.TryGetValue(sessionId, out var pulse) ? pulse.Version : 0;

    /// <summary>Changes of stage only: what a participant's page needs.</summary>
    public Pulse Stage(Guid sessionId) => _stages.GetOrAdd(sessionId, _ => new Pulse());

    /// <summary>Every change, counts included: what the trainer's screens need.</summary>
    public Pulse Counts(Guid sessionId) => _counts.GetOrAdd(sessionId, _ => new Pulse());
}

/// <summary>A counter that can be waited on: <see cref="Raise"/> wakes everyone waiting for a number above the one they saw.</summary>
public sealed class Pulse
{
    private readonly Lock _gate = new();
    private long _version;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    public void Raise()
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            _version++;
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }

    /// <summary>Completes when the counter is above <paramref name="seen"/>, or after <paramref name="timeout"/>; returns the counter.</summary>
    public async Task<long> WaitAboveAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (_version > seen)
            {
                return _version;
            }

            next = _next.Task;
        }

        await Task.WhenAny(next, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Version;
    }
}
