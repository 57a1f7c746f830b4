using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Support;

/// <summary>A test class with its own SQLite database file, a clock the test controls, and the layers wired against both.</summary>
public abstract class ApplicationTest : IDisposable
{
    protected ApplicationTest()
    {
        Host = new ApplicationHost(Database, Clock);
    }

    /// <summary>With configuration of its own (for example the <c>Mail</c> section) and, optionally, ports replaced.</summary>
    protected ApplicationTest(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        Host = new ApplicationHost(Database, Clock, settings, configureServices);
    }

    public TestClock Clock { get; } = new();

    protected TestDatabase Database { get; } = new();

    protected ApplicationHost Host { get; }

    /// <summary>Deactivates a user directly in the database, as the functioneel beheerder would.</summary>
    public Task DeactivateAsync(Guid userId) =>
        Host.WithContextAsync(async context =>
        {
            (await context.Users.SingleAsync(u => u.Id == userId)).Deactivate();
            return await context.SaveChangesAsync();
        });

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
