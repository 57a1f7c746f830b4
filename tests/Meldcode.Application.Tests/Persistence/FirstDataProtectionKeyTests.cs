using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Persistence;

/// <summary>
/// Instances of a PostgreSQL installation that start together make one first Data Protection key between them, so a
/// cookie made by one is read by all; an SQLite installation keeps its key ring in its data folder and makes none here.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class FirstDataProtectionKeyTests : IDisposable
{
    private const int Instances = 4;

    private readonly List<TestDatabase> _databases = [];
    private readonly List<ApplicationHost> _hosts = [];

    [PostgreSqlFact]
    public async Task Instances_starting_together_on_one_PostgreSQL_database_make_exactly_one_first_key()
    {
        var database = await Own(new TestDatabase(DatabaseProvider.PostgreSql)).MigrateAsync();
        for (var i = 0; i < Instances; i++)
        {
            _hosts.Add(new ApplicationHost(database));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var made = _hosts.Select(host => Task.Run(async () =>
        {
            await start.Task;
            using var scope = host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<FirstDataProtectionKey>().EnsureAsync(CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(made);
        var again = await EnsureAsync(_hosts[0]);

        Assert.Equal(1, results.Count(madeIt => madeIt));
        Assert.False(again);
        Assert.Equal(1, await _hosts[0].WithContextAsync(context => context.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task An_SQLite_installation_makes_no_key_in_the_database()
    {
        var database = await Own(new TestDatabase(DatabaseProvider.Sqlite)).MigrateAsync();
        var host = new ApplicationHost(database);
        _hosts.Add(host);

        Assert.False(await EnsureAsync(host));
        Assert.Equal(0, await host.WithContextAsync(context => context.DataProtectionKeys.CountAsync()));
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }

    private static async Task<bool> EnsureAsync(ApplicationHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FirstDataProtectionKey>().EnsureAsync(CancellationToken.None);
    }

    private TestDatabase Own(TestDatabase database)
    {
        _databases.Add(database);
        return database;
    }
}
