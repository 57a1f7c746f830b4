using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.GetAdministrationLog;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.GetAdministrationLog;

public sealed class GetAdministrationLogTests : AdministrationTest
{
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
}
