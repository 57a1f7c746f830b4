using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.GetAdministrationOverview;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.GetAdministrationOverview;

public sealed class GetAdministrationOverviewTests : AdministrationTest
{
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
}
