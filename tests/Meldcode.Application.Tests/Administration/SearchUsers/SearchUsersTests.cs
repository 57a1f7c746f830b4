using Meldcode.Application.Administration.SearchUsers;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.SearchUsers;

public sealed class SearchUsersTests : AdministrationTest
{
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
}
