using Meldcode.Domain.Common;

namespace Meldcode.Application.Tests.Support;

/// <summary>
/// A clock the test sets and moves by hand (the framework's testing package is not available here).
/// Like a real clock it never shows the same moment twice: each read moves it on by a millisecond, so
/// two saves never carry the same moment. It can also run an action the next time it is read, to step
/// in between a handler's load and its save.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Wednesday 18 November 2026, 09:30 in Amsterdam: the Week tegen Kindermishandeling.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 18, 8, 30, 0, TimeSpan.Zero);

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private readonly Lock _lock = new();
    private DateTimeOffset _now;
    private Action? _onNextRead;

    public TestClock(DateTimeOffset? start = null)
    {
        _now = start ?? DefaultStart;
    }

    /// <summary>The moment the next read will give (reading this does not move the clock).</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_lock)
            {
                return _now;
            }
        }
    }

    /// <summary>Today as people in the Netherlands read it.</summary>
    public DateOnly Today => DutchTime.Today(Now);

    public override DateTimeOffset GetUtcNow()
    {
        Interlocked.Exchange(ref _onNextRead, null)?.Invoke();
        lock (_lock)
        {
            var now = _now;
            _now += Tick;
            return now;
        }
    }

    public void Set(DateTimeOffset now)
    {
        lock (_lock)
        {
            _now = now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }

    /// <summary>Runs <paramref name="action"/> once, the next time the clock is read.</summary>
    public void OnNextRead(Action action) => _onNextRead = action;
}
