using Meldcode.Application.Tests.StaffConcerns.Support;

namespace Meldcode.Application.Tests.StaffConcerns.GetStaffConcerns;

public sealed class GetStaffConcernsTests : StaffConcernTest
{
    [Fact]
    public async Task The_list_shows_the_board_every_concern_and_everyone_else_only_their_own()
    {
        var byOwner = await RaiseAsync(School.Owner);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var byLead = await RaiseAsync(School.LeadA);

        Assert.Equal([byLead, byOwner], (await ListAsync(School.Board)).Select(c => c.Id));
        Assert.Equal([byOwner], (await ListAsync(School.Owner)).Select(c => c.Id));
        Assert.Equal([byLead], (await ListAsync(School.LeadA)).Select(c => c.Id));
        Assert.Empty(await ListAsync(School.ColleagueA));
        Assert.Empty(await ListAsync(School.Outsider));
    }
}
