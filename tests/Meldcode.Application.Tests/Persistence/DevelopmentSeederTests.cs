using Meldcode.Domain.Organisations;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

public sealed class DevelopmentSeederTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_demo_data_is_a_primary_school_board_with_two_locations_and_a_user_for_every_role()
    {
        await _database.MigrateAsync();
        await using (var context = _database.CreateContext())
        {
            Assert.True(await new DevelopmentSeeder(context, TimeProvider.System).SeedAsync(CancellationToken.None));
        }

        await using var check = _database.CreateContext();
        var organisation = await check.Organisations.Include(o => o.Teams).SingleAsync();
        var users = await check.Users.Include(u => u.Memberships).ToListAsync();
        var memberships = users.SelectMany(u => u.Memberships).ToList();

        Assert.Equal(Sector.Education, organisation.Sector);
        Assert.Equal(2, organisation.Teams.Count);
        Assert.All(Enum.GetValues<Role>(), role => Assert.Contains(memberships, m => m.Role == role));
        foreach (var team in organisation.Teams)
        {
            Assert.Contains(memberships, m => m.Role == Role.Professional && m.TeamId == team.Id);
            Assert.Contains(memberships, m => m.Role == Role.SafeguardingLead && m.TeamId == team.Id);
        }

        Assert.All(users, u => Assert.True(u.IsActive));
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        await _database.MigrateAsync();
        await using var context = _database.CreateContext();
        var seeder = new DevelopmentSeeder(context, TimeProvider.System);

        await seeder.SeedAsync(CancellationToken.None);
        var count = await context.Users.CountAsync();

        Assert.False(await seeder.SeedAsync(CancellationToken.None));
        Assert.Equal(count, await context.Users.CountAsync());
    }

    public void Dispose() => _database.Dispose();
}
