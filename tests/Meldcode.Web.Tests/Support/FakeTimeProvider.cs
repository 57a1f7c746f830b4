namespace Meldcode.Web.Tests.Support;

/// <summary>A clock the test moves by hand (the framework's testing package is not available here).</summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 18, 8, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
