using FluentValidation;
using MediatR;
using Meldcode.Application.Administration.AddTeam;
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
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Administration;

/// <summary>The functioneel beheerder manages users, roles, teams and settings; every change is in the administration log.</summary>
public sealed class AdministrationTests : SchoolTest
{
    public static TheoryData<Who> EveryoneButTheAdministrator() => [.. Enum.GetValues<Who>().Where(w => w is not Who.Administrator)];

    private User Administrator => School[Who.Administrator];

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
            new ChangeOrganisationSettingsCommand(0, "Andere naam", Sector.Childcare, null, 10),
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
    public async Task Taking_a_role_away_is_saved_and_logged()
    {
        await AsAdministrator(new RevokeRoleCommand(School.LeadA.Id, 0, Role.SafeguardingLead, School.TeamA.Id));

        Assert.Empty((await UserAsync(School.LeadA.Id)).Memberships);
        Assert.Equal("De rol Aandachtsfunctionaris (Locatie Noord) van Carla Visser is ingetrokken.", Assert.Single(await LogAsync()).Description);
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
    public async Task Deactivating_a_user_ends_their_sessions_and_reactivating_lets_them_in_again_with_their_roles()
    {
        await Host.WithContextAsync(async c =>
        {
            var owner = await c.Users.SingleAsync(u => u.Id == School.Owner.Id);
            c.UserSessions.AddRange(UserSession.Start(owner, Clock.Now), UserSession.Start(owner, Clock.Now));
            return await c.SaveChangesAsync();
        });

        await AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0));

        Assert.False((await UserAsync(School.Owner.Id)).IsActive);
        Assert.Equal(0, await Host.WithContextAsync(c => c.UserSessions.CountAsync(s => s.UserId == School.Owner.Id)));
        Assert.Equal("Anouk Jansen is gedeactiveerd; 2 open sessie(s) beëindigd.", Assert.Single(await LogAsync()).Description);

        await AsAdministrator(new ReactivateUserCommand(School.Owner.Id, 1));

        var owner = await UserAsync(School.Owner.Id);
        Assert.True(owner.IsActive);
        Assert.Equal(new HashSet<Role> { Role.Professional }, owner.Roles);
        Assert.Equal("Anouk Jansen is weer actief.", (await LogAsync())[0].Description);
    }

    [Fact]
    public async Task Nobody_deactivates_themselves_and_the_last_active_administrator_keeps_the_role()
    {
        var self = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new DeactivateUserCommand(Administrator.Id, 0)));
        var last = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new RevokeRoleCommand(Administrator.Id, 0, Role.FunctionalAdministrator, null)));

        Assert.Equal("Je kunt jezelf niet deactiveren. Vraag een andere functioneel beheerder om dat te doen.", self.Message);
        Assert.Equal("Er moet minstens één actieve functioneel beheerder blijven. Geef eerst iemand anders die rol.", last.Message);
        Assert.Equal(new HashSet<Role> { Role.FunctionalAdministrator }, (await UserAsync(Administrator.Id)).Roles);

        await AsAdministrator(new GrantRoleCommand(School.Board.Id, 0, Role.FunctionalAdministrator, null));
        await AsAdministrator(new RevokeRoleCommand(Administrator.Id, 0, Role.FunctionalAdministrator, null));
        Assert.Empty((await UserAsync(Administrator.Id)).Roles);
    }

    [Fact]
    public async Task Search_finds_users_by_part_of_their_name_or_email_without_regard_to_case_and_lists_people_waiting_first()
    {
        var waiting = await AddWaitingUserAsync("Lotte Kramer", "l.kramer@regenboog.example");

        var byName = await AsAdministrator(new SearchUsersQuery("jANs"));
        var byEmail = await AsAdministrator(new SearchUsersQuery("KRAMER@"));
        var all = await AsAdministrator(new SearchUsersQuery("  "));
        var wildcard = await AsAdministrator(new SearchUsersQuery("%"));

        Assert.Equal(["Anouk Jansen"], byName.Users.Select(u => u.DisplayName));
        Assert.Equal([waiting.Id], byEmail.Users.Select(u => u.Id));
        Assert.Equal(11, all.Users.Count);
        Assert.True(all.Users[0].IsWaitingForAccess);
        Assert.DoesNotContain(all.Users, u => u.DisplayName == "Karin de Groot");
        Assert.Empty(wildcard.Users);
        Assert.False(all.MoreThanShown);
    }

    [Fact]
    public async Task Teams_are_added_and_renamed_with_unique_names_and_each_change_is_logged()
    {
        var id = await AsAdministrator(new AddTeamCommand("  Locatie West "));
        var duplicate = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new AddTeamCommand("locatie west")));
        await AsAdministrator(new RenameTeamCommand(id, 0, "Locatie Westpunt"));
        var taken = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new RenameTeamCommand(id, 1, "Locatie Noord")));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsAdministrator(new RenameTeamCommand(id, 0, "Locatie Oost")));

        Assert.Equal("Er is al een team of locatie met de naam 'locatie west'.", duplicate.Message);
        Assert.Equal("Er is al een team of locatie met de naam 'Locatie Noord'.", taken.Message);
        Assert.Equal(ConcurrencyConflictException.GeneralDutchMessage, stale.Message);
        var teams = await AsAdministrator(new GetTeamsQuery());
        Assert.Equal(["Locatie Noord", "Locatie Westpunt", "Locatie Zuid"], teams.Select(t => t.Name));
        Assert.Equal(
            ["Team of locatie 'Locatie West' heet nu 'Locatie Westpunt'.", "Team of locatie 'Locatie West' toegevoegd."],
            (await LogAsync()).Select(l => l.Description));
    }

    [Fact]
    public async Task A_team_shows_how_many_active_people_hold_a_role_there()
    {
        var teams = await AsAdministrator(new GetTeamsQuery());

        Assert.Equal(4, teams.Single(t => t.Id == School.TeamA.Id).MemberCount);
        Assert.Equal(2, teams.Single(t => t.Id == School.TeamB.Id).MemberCount);
    }

    [Fact]
    public async Task The_organisation_settings_are_changed_together_and_the_log_names_only_what_changed()
    {
        var before = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Null(before.RetentionYears);

        await AsAdministrator(new ChangeOrganisationSettingsCommand(before.Version, "Basisschool De Regenboog", Sector.Childcare, " Veilig Thuis Utrecht ", 20));

        var after = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(("Basisschool De Regenboog", Sector.Childcare, "Veilig Thuis Utrecht", 20, before.Version + 1), (after.Name, after.Sector, after.VeiligThuisRegion, after.RetentionYears, after.Version));
        Assert.Equal(
            "Organisatie-instellingen gewijzigd: sector Kinderopvang (was: Onderwijs); regio Veilig Thuis 'Veilig Thuis Utrecht' (was: niet ingesteld); bewaartermijn 20 jaar (was: niet ingesteld).",
            Assert.Single(await LogAsync()).Description);

        await AsAdministrator(new ChangeOrganisationSettingsCommand(after.Version, "Basisschool De Regenboog", Sector.Childcare, "Veilig Thuis Utrecht", 20));
        Assert.Single(await LogAsync());
    }

    [Fact]
    public async Task Wrong_organisation_settings_are_refused_in_Dutch_and_nothing_is_half_saved()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAdministrator(new ChangeOrganisationSettingsCommand(0, " ", null, new string('x', 201), 0)));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            AsAdministrator(new ChangeOrganisationSettingsCommand(7, "Nieuwe naam", Sector.Education, null, 20)));

        Assert.Equal(
            [
                "Vul de naam van de organisatie in.",
                "Kies de sector van de organisatie.",
                "De regio van Veilig Thuis mag hoogstens 200 tekens lang zijn.",
                "De bewaartermijn moet tussen 1 en 100 jaar liggen.",
            ],
            refused.Errors.Select(e => e.ErrorMessage));
        Assert.NotNull(stale);
        var settings = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(("Basisschool De Regenboog", 0), (settings.Name, settings.Version));
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task The_log_shows_the_organisations_changes_newest_first_a_page_at_a_time()
    {
        for (var number = 1; number <= GetAdministrationLogQueryHandler.PageSize + 2; number++)
        {
            await AsAdministrator(new AddTeamCommand($"Team {number:D2}"));
        }

        var first = await AsAdministrator(new GetAdministrationLogQuery());
        var second = await AsAdministrator(new GetAdministrationLogQuery(2));

        Assert.Equal(GetAdministrationLogQueryHandler.PageSize, first.Lines.Count);
        Assert.True(first.HasOlder);
        Assert.Equal("Team of locatie 'Team 52' toegevoegd.", first.Lines[0].Description);
        Assert.Equal(["Team of locatie 'Team 02' toegevoegd.", "Team of locatie 'Team 01' toegevoegd."], second.Lines.Select(l => l.Description));
        Assert.False(second.HasOlder);
        Assert.All(first.Lines, l => Assert.Equal("Frank Bos", l.ActorName));
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
        var updated = await Record.ExceptionAsync(() => Host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE AdministrationLog SET Description = 'gewist'")));
        var deleted = await Record.ExceptionAsync(() => Host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("DELETE FROM AdministrationLog")));

        Assert.IsType<InvalidOperationException>(changed);
        Assert.Contains("append-only", updated?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", deleted?.Message, StringComparison.Ordinal);
        Assert.Equal("Team of locatie 'Locatie West' toegevoegd.", Assert.Single(await LogAsync()).Description);
    }

    [Fact]
    public async Task The_overview_lists_who_waits_for_access_and_the_latest_changes()
    {
        var waiting = await AddWaitingUserAsync("Lotte Kramer", "lotte@regenboog.example");
        await AsAdministrator(new AddTeamCommand("Locatie West"));

        var overview = await AsAdministrator(new GetAdministrationOverviewQuery());

        Assert.Equal("Basisschool De Regenboog", overview.OrganisationName);
        Assert.Equal([new WaitingUser(waiting.Id, "Lotte Kramer", "lotte@regenboog.example")], overview.Waiting);
        Assert.Equal(11, overview.ActiveUsers);
        Assert.Equal(3, overview.Teams);
        Assert.Equal("Team of locatie 'Locatie West' toegevoegd.", Assert.Single(overview.LatestChanges).Description);
    }

    private Task<T> AsAdministrator<T>(IRequest<T> request) => Host.SendAsAsync(Administrator, request);

    private Task<ManagedUserDto> ManageAsync(Guid userId) => AsAdministrator(new GetManagedUserQuery(userId));

    private Task<User> UserAsync(Guid id) => Host.WithContextAsync(c => c.Users.AsNoTracking().Include(u => u.Memberships).SingleAsync(u => u.Id == id));

    private Task<List<AdministrationLogEntry>> LogAsync() =>
        Host.WithContextAsync(c => c.AdministrationLog.AsNoTracking().OrderByDescending(e => e.At).ToListAsync());

    private Task<User> AddWaitingUserAsync(string name, string? email) =>
        Host.WithContextAsync(async c =>
        {
            var user = User.Provision(School.Organisation, "https://login.regenboog.example", Guid.NewGuid().ToString(), name, email);
            c.Users.Add(user);
            await c.SaveChangesAsync();
            return user;
        });
}
