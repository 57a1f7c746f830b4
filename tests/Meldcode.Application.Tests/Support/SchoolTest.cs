using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Support;

/// <summary>
/// A migrated database with <see cref="Support.School"/> saved in it and a driver for the dossier use cases.
/// A base class for tests that want a database of their own, and a class fixture for tests that share one.
/// </summary>
public class SchoolTest : ApplicationTest, IAsyncLifetime
{
    private School? _school;
    private DossierDriver? _dossiers;

    public SchoolTest()
    {
    }

    /// <summary>With configuration of its own (for example the <c>Mail</c> section) and, optionally, ports replaced.</summary>
    protected SchoolTest(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
        : base(settings, configureServices)
    {
    }

    public School School => _school ?? throw new InvalidOperationException("The school is saved in InitializeAsync.");

    public DossierDriver Dossiers => _dossiers ?? throw new InvalidOperationException("The school is saved in InitializeAsync.");

    public virtual async Task InitializeAsync()
    {
        await Database.MigrateAsync();
        _school = await Host.WithContextAsync(School.SaveAsync);
        _dossiers = new DossierDriver(Host, Clock, _school);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
