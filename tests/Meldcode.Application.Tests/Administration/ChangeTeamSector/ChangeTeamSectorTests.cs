using FluentValidation;
using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.ChangeTeamSector;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Administration.Support;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Tests.Administration.ChangeTeamSector;

public sealed class ChangeTeamSectorTests : AdministrationTest
{
    [Fact]
    public async Task A_new_team_takes_the_organisations_sector_unless_the_administrator_chooses_another()
    {
        var school = await AsAdministrator(new AddTeamCommand("Locatie West"));
        var care = await AsAdministrator(new AddTeamCommand("Schoolmaatschappelijk werk", Sector.SocialSupport));

        var teams = await AsAdministrator(new GetTeamsQuery());
        Assert.Equal(Sector.Education, teams.Single(t => t.Id == school).Sector);
        Assert.Equal(Sector.SocialSupport, teams.Single(t => t.Id == care).Sector);
        Assert.Equal(
            ["Team of locatie 'Schoolmaatschappelijk werk' toegevoegd, in de sector Maatschappelijke ondersteuning.", "Team of locatie 'Locatie West' toegevoegd."],
            (await LogAsync()).Select(l => l.Description));
    }

    [Fact]
    public async Task A_teams_sector_is_changed_at_the_version_seen_and_logged()
    {
        await AsAdministrator(new ChangeTeamSectorCommand(School.TeamA.Id, 0, Sector.Childcare));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsAdministrator(new ChangeTeamSectorCommand(School.TeamA.Id, 0, Sector.HealthCare)));

        Assert.Equal(ConcurrencyConflictException.GeneralDutchMessage, stale.Message);
        var team = (await AsAdministrator(new GetTeamsQuery())).Single(t => t.Id == School.TeamA.Id);
        Assert.Equal((Sector.Childcare, 1), (team.Sector, team.Version));
        var entry = Assert.Single(await LogAsync());
        Assert.Equal(AdministrationAction.TeamSectorChanged, entry.Action);
        Assert.Equal("Team of locatie 'Locatie Noord' werkt nu in de sector Kinderopvang (was: Onderwijs).", entry.Description);
    }

    [Fact]
    public async Task Choosing_the_sector_the_team_already_has_changes_nothing_and_logs_nothing()
    {
        await AsAdministrator(new ChangeTeamSectorCommand(School.TeamB.Id, 0, Sector.Education));

        Assert.Equal(0, (await AsAdministrator(new GetTeamsQuery())).Single(t => t.Id == School.TeamB.Id).Version);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task A_missing_or_unknown_sector_is_refused_in_Dutch()
    {
        var missing = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new ChangeTeamSectorCommand(School.TeamA.Id, 0, null)));
        var unknown = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new AddTeamCommand("Locatie Oost", (Sector)99)));

        Assert.Equal(["Kies de sector van het team of de locatie."], missing.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Kies een sector uit de lijst."], unknown.Errors.Select(e => e.ErrorMessage));
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task Only_the_functioneel_beheerder_changes_a_teams_sector()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsAsync(School.Owner, new ChangeTeamSectorCommand(School.TeamA.Id, 0, Sector.HealthCare)));
    }
}
