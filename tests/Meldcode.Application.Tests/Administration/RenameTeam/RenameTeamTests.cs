using FluentValidation;
using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Administration.RenameTeam;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.RenameTeam;

public sealed class RenameTeamTests : AdministrationTest
{
    [Fact]
    public async Task A_team_is_renamed_to_a_name_no_other_team_has_at_the_version_seen_and_logged()
    {
        var id = await AsAdministrator(new AddTeamCommand("Locatie West"));

        await AsAdministrator(new RenameTeamCommand(id, 0, "Locatie Westpunt"));
        var taken = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new RenameTeamCommand(id, 1, "Locatie Noord")));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsAdministrator(new RenameTeamCommand(id, 0, "Locatie Oost")));

        Assert.Equal("Er is al een team of locatie met de naam 'Locatie Noord'.", taken.Message);
        Assert.Equal(ConcurrencyConflictException.GeneralDutchMessage, stale.Message);
        var teams = await AsAdministrator(new GetTeamsQuery());
        Assert.Equal(["Locatie Noord", "Locatie Westpunt", "Locatie Zuid"], teams.Select(t => t.Name));
        Assert.Equal(
            ["Team of locatie 'Locatie West' heet nu 'Locatie Westpunt'.", "Team of locatie 'Locatie West' toegevoegd."],
            (await LogAsync()).Select(l => l.Description));
    }

    [Fact]
    public async Task Renaming_to_the_name_it_already_has_changes_nothing_and_logs_nothing()
    {
        await AsAdministrator(new RenameTeamCommand(School.TeamB.Id, 0, " Locatie Zuid "));

        Assert.Equal(0, (await AsAdministrator(new GetTeamsQuery())).Single(t => t.Id == School.TeamB.Id).Version);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task An_unknown_team_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdministrator(new RenameTeamCommand(Guid.NewGuid(), 0, "Locatie Oost")));
    }

    [Fact]
    public async Task A_new_name_is_required_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new RenameTeamCommand(School.TeamB.Id, 0, " ")));

        Assert.Equal("Vul de nieuwe naam van het team of de locatie in.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
