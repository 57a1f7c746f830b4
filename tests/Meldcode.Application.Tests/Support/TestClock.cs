using Microsoft.Extensions.Time.Testing;

namespace Meldcode.Application.Tests.Support;

/// <summary>
/// The tests' clock: the framework's <see cref="FakeTimeProvider"/>, set to the Week tegen Kindermishandeling and,
/// like a real clock, never showing the same moment twice (each read moves it on by a millisecond, so two saves
/// never carry the same moment). One addition: it can run an action the next time it is read, to step in between
/// a handler's load and its save.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    /// <summary>Wednesday 18 November 2026, 09:30 in Amsterdam: the Week tegen Kindermishandeling.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 18, 8, 30, 0, TimeSpan.Zero);

    private Action? _onNextRead;

    public TestClock()
        : base(DefaultStart)
    {
        AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
    }

    /// <summary>Now (a read, so the clock moves on).</summary>
    public DateTimeOffset Now => GetUtcNow();

    /// <summary>Today as people in the Netherlands read it.</summary>
    public DateOnly Today => DutchTime.Today(GetUtcNow());

    public override DateTimeOffset GetUtcNow()
    {
        Interlocked.Exchange(ref _onNextRead, null)?.Invoke();
        return base.GetUtcNow();
    }

    /// <summary>Runs <paramref name="action"/> once, the next time the clock is read.</summary>
    public void OnNextRead(Action action) => _onNextRead = action;
}
