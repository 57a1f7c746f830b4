using FluentValidation;
using Meldcode.Application.Administration.GrantRole;
using Meldcode.Application.Administration.RevokeRole;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.RevokeRole;

/// <summary>Taking a role away; the last active functioneel beheerder keeps theirs.</summary>
public sealed class RevokeRoleTests : AdministrationTest
{
    [Fact]
    public async Task Taking_a_role_away_is_saved_and_logged()
    {
        await AsAdministrator(new RevokeRoleCommand(School.LeadA.Id, 0, Role.SafeguardingLead, School.TeamA.Id));

        Assert.Empty((await UserAsync(School.LeadA.Id)).Memberships);
        Assert.Equal("De rol Aandachtsfunctionaris (Locatie Noord) van Carla Visser is ingetrokken.", Assert.Single(await LogAsync()).Description);
    }

    [Fact]
    public async Task The_last_active_administrator_keeps_the_role_until_someone_else_has_it()
    {
        var last = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new RevokeRoleCommand(Administrator.Id, 0, Role.FunctionalAdministrator, null)));

        Assert.Equal("Er moet minstens één actieve functioneel beheerder blijven. Geef eerst iemand anders die rol.", last.Message);
        Assert.Equal(new HashSet<Role> { Role.FunctionalAdministrator }, (await UserAsync(Administrator.Id)).Roles);

        await AsAdministrator(new GrantRoleCommand(School.Board.Id, 0, Role.FunctionalAdministrator, null));
        await AsAdministrator(new RevokeRoleCommand(Administrator.Id, 0, Role.FunctionalAdministrator, null));
        Assert.Empty((await UserAsync(Administrator.Id)).Roles);
    }

    [Theory]
    [InlineData(Role.Trainer, false)]
    [InlineData(Role.SafeguardingLead, true)]
    public async Task A_role_the_user_does_not_hold_there_is_refused(Role role, bool inTheOtherTeam)
    {
        var team = inTheOtherTeam ? School.TeamB.Id : (Guid?)null;

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new RevokeRoleCommand(School.LeadA.Id, 0, role, team)));

        Assert.Equal("Deze gebruiker heeft deze rol niet (meer).", refused.Message);
        Assert.Single((await UserAsync(School.LeadA.Id)).Memberships);
        Assert.Empty(await LogAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData((Role)99)]
    public async Task Taking_away_without_choosing_a_role_is_refused_in_Dutch(Role? role)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new RevokeRoleCommand(School.LeadA.Id, 0, role, null)));

        Assert.Equal("Kies de rol die je wilt intrekken.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
