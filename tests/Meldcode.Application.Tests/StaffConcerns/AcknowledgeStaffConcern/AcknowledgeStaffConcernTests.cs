using Meldcode.Application.StaffConcerns.AcknowledgeStaffConcern;
using Meldcode.Application.Tests.StaffConcerns.Support;

namespace Meldcode.Application.Tests.StaffConcerns.AcknowledgeStaffConcern;

public sealed class AcknowledgeStaffConcernTests : StaffConcernTest
{
    [Fact]
    public async Task The_board_acknowledges_a_concern_once()
    {
        var id = await RaiseAsync();
        Clock.Advance(TimeSpan.FromHours(1));
        var opened = Clock.Now;

        await Host.SendAsAsync(School.Board, new AcknowledgeStaffConcernCommand(id));
        Clock.Advance(TimeSpan.FromDays(1));
        await Host.SendAsAsync(School.Board, new AcknowledgeStaffConcernCommand(id));

        var view = await ViewAsync(School.Board, id);
        Assert.InRange(view.Concern.BoardAcknowledgedAt!.Value, opened, opened.AddMinutes(1));
        Assert.Equal(1, view.Version);
    }
}
