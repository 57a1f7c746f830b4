using Meldcode.Domain.Organisations;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

public sealed class DevelopmentSeederTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_demo_data_is_a_primary_school_board_with_two_schools_a_social_work_team_and_a_user_for_every_role()
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
        Assert.Equal(5, organisation.RetentionYears);
        Assert.Equal(
            [(DevelopmentSeeder.FirstLocation, Sector.Education), (DevelopmentSeeder.SecondLocation, Sector.Education), (DevelopmentSeeder.CareTeam, Sector.SocialSupport)],
            organisation.Teams.Select(t => (t.Name, t.Sector)).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(Enum.GetValues<Role>(), role => Assert.Contains(memberships, m => m.Role == role));
        foreach (var team in organisation.Teams)
        {
            Assert.Contains(memberships, m => m.Role == Role.Professional && m.TeamId == team.Id);
            Assert.Contains(memberships, m => m.Role == Role.SafeguardingLead && m.TeamId == team.Id);
        }

        Assert.All(users, u => Assert.True(u.IsActive));

        // One dossier about an adult client, in the social work team, that started with the kindcheck.
        var care = organisation.Teams.Single(t => t.Name == DevelopmentSeeder.CareTeam);
        var clientDossier = await check.Dossiers.Include(d => d.Kindchecks).Include(d => d.Siblings).SingleAsync(d => d.Subject == DossierSubject.Client);
        Assert.Equal((care.Id, Sector.SocialSupport, "Petra de Groot"), (clientDossier.TeamId, clientDossier.Sector, clientDossier.Client!.FullName));
        Assert.True(Assert.Single(clientDossier.Kindchecks).ChildrenPresent);
        Assert.Equal(["Daan de Groot", "Lotte de Groot"], clientDossier.Siblings.Select(s => s.Name).Order(StringComparer.Ordinal));
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
