using FluentValidation;
using Meldcode.Application.Administration.GetManagedUser;
using Meldcode.Application.Administration.GrantRole;
using Meldcode.Application.Tests.Administration.Support;
using Meldcode.Domain.Administration;

namespace Meldcode.Application.Tests.Administration.GrantRole;

/// <summary>Giving a user a role: professional and aandachtsfunctionaris for a team or location, the others for the whole organisation.</summary>
public sealed class GrantRoleTests : AdministrationTest
{
    [Fact]
    public async Task Giving_a_role_for_a_team_is_saved_and_logged_with_who_what_and_when()
    {
        var waiting = await AddWaitingUserAsync("Lotte Kramer", "lotte@regenboog.example");
        var version = (await ManageAsync(waiting.Id)).Version;
        var before = Clock.Now;

        await AsAdministrator(new GrantRoleCommand(waiting.Id, version, Role.Professional, School.TeamA.Id));

        var managed = await ManageAsync(waiting.Id);
        Assert.Equal([new ManagedRoleDto(Role.Professional, School.TeamA.Id, "Locatie Noord")], managed.Roles);
        Assert.Equal(version + 1, managed.Version);
        var line = Assert.Single(await LogAsync());
        Assert.Equal((AdministrationAction.RoleGranted, Administrator.Id, "Frank Bos", waiting.Id), (line.Action, line.ActorUserId, line.ActorName, line.SubjectId));
        Assert.Equal("Lotte Kramer heeft de rol Professional (Locatie Noord) gekregen.", line.Description);
        Assert.True(line.At >= before);
        Assert.Equal("Lotte Kramer heeft de rol Professional (Locatie Noord) gekregen.", Assert.Single(managed.History).Description);
    }

    [Fact]
    public async Task A_team_role_needs_a_team_and_an_organisation_wide_role_takes_none_in_Dutch()
    {
        var waiting = await AddWaitingUserAsync("Lotte Kramer", null);

        var withoutTeam = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new GrantRoleCommand(waiting.Id, 0, Role.SafeguardingLead, null)));
        var withTeam = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new GrantRoleCommand(waiting.Id, 0, Role.Trainer, School.TeamA.Id)));
        var noRole = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new GrantRoleCommand(waiting.Id, 0, null, null)));

        Assert.Equal("Kies het team of de locatie waarvoor deze rol geldt.", Assert.Single(withoutTeam.Errors).ErrorMessage);
        Assert.Equal("Deze rol geldt voor de hele organisatie: kies geen team of locatie.", Assert.Single(withTeam.Errors).ErrorMessage);
        Assert.Equal("Kies een rol.", Assert.Single(noRole.Errors).ErrorMessage);
        Assert.Empty((await UserAsync(waiting.Id)).Memberships);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task Giving_a_role_the_user_already_has_is_refused_with_a_Dutch_message()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new GrantRoleCommand(School.Owner.Id, 0, Role.Professional, School.TeamA.Id)));

        Assert.Equal("Deze gebruiker heeft deze rol al.", refused.Message);
        Assert.Empty(await LogAsync());
    }

    [Theory]
    [InlineData(Role.SafeguardingLead)]
    [InlineData(Role.Trainer)]
    public async Task An_administrator_cannot_give_themselves_a_role_so_they_cannot_make_themselves_a_dossier_reader(Role role)
    {
        var team = role == Role.SafeguardingLead ? School.TeamA.Id : (Guid?)null;

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new GrantRoleCommand(Administrator.Id, 0, role, team)));

        Assert.Equal("Je kunt jezelf geen rol geven. Vraag een andere functioneel beheerder om dat te doen.", refused.Message);
        Assert.DoesNotContain(role, (await UserAsync(Administrator.Id)).Roles);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task A_role_for_the_whole_organisation_is_given_without_a_team()
    {
        await AsAdministrator(new GrantRoleCommand(School.Owner.Id, 0, Role.Trainer, null));

        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, (await UserAsync(School.Owner.Id)).Roles);
        Assert.Equal("Anouk Jansen heeft de rol Trainer gekregen.", Assert.Single(await LogAsync()).Description);
    }
}
