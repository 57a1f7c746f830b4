using Meldcode.Application.StaffConcerns.CloseStaffConcern;
using Meldcode.Application.Tests.StaffConcerns.Support;

namespace Meldcode.Application.Tests.StaffConcerns.CloseStaffConcern;

/// <summary>The board closes a concern after the inspector consultation, and after the police report when there was a reasonable suspicion.</summary>
public sealed class CloseStaffConcernTests : StaffConcernTest
{
    [Fact]
    public async Task A_reasonable_suspicion_leads_through_a_police_report_to_closing()
    {
        var id = await RaiseAsync();
        await AssertBoardRefusedAsync(id, v => new CloseStaffConcernCommand(id, v), "Leg eerst het overleg met de vertrouwensinspecteur vast.");
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));
        await AssertBoardRefusedAsync(id, v => new CloseStaffConcernCommand(id, v), "Bij een redelijk vermoeden is aangifte verplicht. Leg de aangifte eerst vast.");

        await AsBoardAsync(id, v => Police(id, v));
        await AsBoardAsync(id, v => new CloseStaffConcernCommand(id, v));

        var concern = (await ViewAsync(School.Board, id)).Concern;
        Assert.True(concern.IsClosed);
        Assert.True(concern.ReasonableSuspicion);
        Assert.Equal("PL0900-2026123456", concern.PoliceReference);
        Assert.Equal(Clock.Today, concern.PoliceReportOn);
        Assert.True(concern.StaffMemberInformedBeforehand);
        Assert.True(concern.ParentsInformedBeforehand);
        var listed = Assert.Single(await ListAsync(School.Owner));
        Assert.True(listed.IsClosed);
        Assert.True(listed.ReasonableSuspicion);
    }

    [Fact]
    public async Task Without_a_reasonable_suspicion_the_board_closes_the_concern_after_the_inspector_consultation()
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: false));

        await AsBoardAsync(id, v => new CloseStaffConcernCommand(id, v));

        var concern = (await ViewAsync(School.Board, id)).Concern;
        Assert.True(concern.IsClosed);
        Assert.Null(concern.PoliceReportOn);
    }

    [Fact]
    public async Task A_closed_concern_accepts_no_more_changes()
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: false));
        await AsBoardAsync(id, v => new CloseStaffConcernCommand(id, v));

        await AssertBoardRefusedAsync(id, v => Inspector(id, v, reasonableSuspicion: true), "Deze melding is afgesloten.");
    }
}
