using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.StaffConcerns.AcknowledgeStaffConcern;
using Meldcode.Application.StaffConcerns.CloseStaffConcern;
using Meldcode.Application.Tests.StaffConcerns.Support;

namespace Meldcode.Application.Tests.StaffConcerns;

/// <summary>What every use case about a suspicion against a staff member shares: only the board and the person who raised it see it, only the board acts on it, at the version it saw.</summary>
public sealed class StaffConcernTests : StaffConcernTest
{
    [Theory]
    [MemberData(nameof(EveryoneButTheBoard))]
    public async Task Only_the_board_and_the_person_who_raised_it_can_see_a_concern(Who who)
    {
        var id = await RaiseAsync(School.Owner);

        var seen = await Record.ExceptionAsync(() => ViewAsync(School[who], id));

        if (who == Who.Owner)
        {
            Assert.Null(seen);
        }
        else
        {
            Assert.IsType<NotFoundException>(seen);
        }

        Assert.NotNull(await ViewAsync(School.Board, id));
    }

    [Theory]
    [MemberData(nameof(EveryoneButTheBoard))]
    public async Task Only_the_board_may_acknowledge_consult_the_inspector_report_to_the_police_and_close(Who who)
    {
        var id = await RaiseAsync(School.Owner);
        var user = School[who];

        // The role is checked first; a board member of another organisation passes it and then finds nothing.
        var expected = who == Who.UserOfAnotherOrganisation ? typeof(NotFoundException) : typeof(ForbiddenAccessException);
        foreach (var command in new IRequest<Unit>[] { new AcknowledgeStaffConcernCommand(id), Inspector(id, 0, reasonableSuspicion: true), Police(id, 0), new CloseStaffConcernCommand(id, 0) })
        {
            var refused = await Record.ExceptionAsync(() => Host.SendAsAsync(user, command));
            Assert.IsType(expected, refused);
        }

        var view = await ViewAsync(School.Board, id);
        Assert.Equal(0, view.Version);
        Assert.Null(view.Concern.BoardAcknowledgedAt);
        Assert.Null(view.Concern.InspectorConsultedOn);
    }

    [Fact]
    public async Task A_board_change_made_on_an_outdated_version_is_refused_and_saves_nothing()
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: false));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Host.SendAsAsync(School.Board, Inspector(id, 0, reasonableSuspicion: true)));

        var view = await ViewAsync(School.Board, id);
        Assert.Equal(1, view.Version);
        Assert.False(view.Concern.ReasonableSuspicion);
    }
}
