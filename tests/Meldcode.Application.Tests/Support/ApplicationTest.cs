namespace Meldcode.Application.Tests.Support;

/// <summary>A test class with its own SQLite database file and the layers wired against it.</summary>
public abstract class ApplicationTest : IDisposable
{
    protected ApplicationTest()
        : this(clock: null)
    {
    }

    /// <summary>With a clock of the test's own (null: the system clock).</summary>
    protected ApplicationTest(TimeProvider? clock)
    {
        Host = new ApplicationHost(Database, clock);
    }

    protected TestDatabase Database { get; } = new();

    protected ApplicationHost Host { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Host.Dispose();
            Database.Dispose();
        }
    }
}
