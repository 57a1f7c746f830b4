using Meldcode.Application.Retention;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Retention;

/// <summary>
/// Several app instances on one PostgreSQL database wake up for the nightly job at the same moment: one claims the day
/// (under the job's advisory lock), the others find it taken, without an error. (On SQLite the same race is in
/// <see cref="RetentionSweepTests"/>; that test runs on PostgreSQL too in the suite's second run.)
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class JobRunClaimsAcrossInstancesTests : IDisposable
{
    private const int Instances = 4;

    private readonly TestDatabase _database = new(DatabaseProvider.PostgreSql);
    private readonly TestClock _clock = new();
    private readonly List<ApplicationHost> _hosts = [];

    [PostgreSqlFact]
    public async Task Instances_racing_for_the_retention_day_on_one_PostgreSQL_database_let_exactly_one_claim_each_day()
    {
        await _database.MigrateAsync();
        for (var i = 0; i < Instances; i++)
        {
            _hosts.Add(new ApplicationHost(_database, _clock));
        }

        var firstDay = DateOnly.FromDateTime(TestClock.DefaultStart.Date);
        var winners = new List<int>();
        for (var day = firstDay; day < firstDay.AddDays(10); day = day.AddDays(1))
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var claims = _hosts.Select(host => Task.Run(async () =>
            {
                await start.Task;
                using var scope = host.Services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<IJobRunClaims>().TryClaimAsync(RetentionSweep.JobName, day, _clock.GetUtcNow(), CancellationToken.None);
            })).ToList();
            start.SetResult();
            winners.Add((await Task.WhenAll(claims)).Count(claimed => claimed));
        }

        Assert.All(winners, count => Assert.Equal(1, count));
        Assert.Equal(10, await _hosts[0].WithContextAsync(context => context.ScheduledJobRuns.CountAsync(r => r.Job == RetentionSweep.JobName)));
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _database.Dispose();
    }
}
