namespace Meldcode.Application.Tests.Support;

/// <summary>A test class with its own SQLite database file, a clock the test controls, and the layers wired against both.</summary>
public abstract class ApplicationTest : IDisposable
{
    protected ApplicationTest()
    {
        Host = new ApplicationHost(Database, Clock);
    }

    public TestClock Clock { get; } = new();

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
