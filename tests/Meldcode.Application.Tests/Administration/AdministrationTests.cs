using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.ChangeCampaignWeek;
using Meldcode.Application.Administration.ChangeOrganisationSettings;
using Meldcode.Application.Administration.DeactivateUser;
using Meldcode.Application.Administration.GetAdministrationLog;
using Meldcode.Application.Administration.GetAdministrationOverview;
using Meldcode.Application.Administration.GetManagedUser;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Administration.GrantRole;
using Meldcode.Application.Administration.ReactivateUser;
using Meldcode.Application.Administration.RenameTeam;
using Meldcode.Application.Administration.RevokeRole;
using Meldcode.Application.Administration.SearchUsers;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Administration.Support;
using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Administration;

/// <summary>What the admin area shares: only the functioneel beheerder, only their own organisation, changes at the version seen, an append-only log.</summary>
public sealed class AdministrationTests : AdministrationTest
{
    public static TheoryData<Who> EveryoneButTheAdministrator() => [.. Enum.GetValues<Who>().Where(w => w is not Who.Administrator)];

    [Theory]
    [MemberData(nameof(EveryoneButTheAdministrator))]
    public async Task Only_the_functional_administrator_may_use_the_admin_area(Who who)
    {
        var user = School[who];
        var requests = new object[]
        {
            new GetAdministrationOverviewQuery(),
            new SearchUsersQuery(null),
            new GetManagedUserQuery(School.Owner.Id),
            new GrantRoleCommand(School.Owner.Id, 0, Role.Trainer, null),
            new RevokeRoleCommand(School.Owner.Id, 0, Role.Professional, School.TeamA.Id),
            new DeactivateUserCommand(School.Owner.Id, 0),
            new ReactivateUserCommand(School.Owner.Id, 0),
            new GetTeamsQuery(),
            new AddTeamCommand("Locatie West"),
            new RenameTeamCommand(School.TeamA.Id, 0, "Locatie Noordoost"),
            new GetOrganisationSettingsQuery(),
            new ChangeOrganisationSettingsCommand(0, "Andere naam", Sector.Childcare, null, 10, 5),
            new ChangeCampaignWeekCommand(0, 16, 11, 22, 11, "Ander thema"),
            new GetAdministrationLogQuery(),
        };

        foreach (var request in requests)
        {
            var refused = await Record.ExceptionAsync(() => Dossiers.SendAnyAsync(user, request));
            Assert.True(refused is ForbiddenAccessException, $"{request.GetType().Name} gave {refused?.GetType().Name ?? "no refusal"} for {who}");
        }

        Assert.Empty(await LogAsync());
        Assert.Equal(new HashSet<Role> { Role.Professional }, (await UserAsync(School.Owner.Id)).Roles);
    }

    [Fact]
    public async Task Another_organisations_users_and_teams_do_not_exist_in_the_admin_area()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdministrator(new GetManagedUserQuery(School.Outsider.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdministrator(new DeactivateUserCommand(School.Outsider.Id, 0)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdministrator(new GrantRoleCommand(School.Owner.Id, 0, Role.SafeguardingLead, School.OtherTeam.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdministrator(new RenameTeamCommand(School.OtherTeam.Id, 0, "Overgenomen")));

        Assert.True((await UserAsync(School.Outsider.Id)).IsActive);
        Assert.Equal(new HashSet<Role> { Role.Professional }, (await UserAsync(School.Owner.Id)).Roles);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task A_change_made_on_an_outdated_version_is_refused_and_saves_nothing()
    {
        await AsAdministrator(new GrantRoleCommand(School.Owner.Id, 0, Role.Trainer, null));

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0)));

        Assert.Equal(ConcurrencyConflictException.GeneralDutchMessage, refused.Message);
        Assert.True((await UserAsync(School.Owner.Id)).IsActive);
        Assert.Single(await LogAsync());
    }

    [Fact]
    public async Task The_log_is_append_only_in_the_context_and_in_the_database()
    {
        await AsAdministrator(new AddTeamCommand("Locatie West"));

        var changed = await Record.ExceptionAsync(() => Host.WithContextAsync(async c =>
        {
            c.AdministrationLog.Remove(await c.AdministrationLog.SingleAsync());
            return await c.SaveChangesAsync();
        }));
        var updated = await Record.ExceptionAsync(() => Host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE \"AdministrationLog\" SET \"Description\" = 'gewist'")));
        var deleted = await Record.ExceptionAsync(() => Host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("DELETE FROM \"AdministrationLog\"")));

        Assert.IsType<InvalidOperationException>(changed);
        Assert.Contains("append-only", updated?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", deleted?.Message, StringComparison.Ordinal);
        Assert.Equal("Team of locatie 'Locatie West' toegevoegd.", Assert.Single(await LogAsync()).Description);
    }
}
