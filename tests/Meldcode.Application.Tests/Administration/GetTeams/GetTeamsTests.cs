using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.GetTeams;

public sealed class GetTeamsTests : AdministrationTest
{
    [Fact]
    public async Task A_team_shows_how_many_active_people_hold_a_role_there()
    {
        var teams = await AsAdministrator(new GetTeamsQuery());

        Assert.Equal(4, teams.Single(t => t.Id == School.TeamA.Id).MemberCount);
        Assert.Equal(2, teams.Single(t => t.Id == School.TeamB.Id).MemberCount);
    }
}
