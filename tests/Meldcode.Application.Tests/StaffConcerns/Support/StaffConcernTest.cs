using MediatR;
using Meldcode.Application.StaffConcerns.GetStaffConcern;
using Meldcode.Application.StaffConcerns.GetStaffConcerns;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;
using Meldcode.Application.StaffConcerns.RecordInspectorConsultation;
using Meldcode.Application.StaffConcerns.RecordPoliceReport;

namespace Meldcode.Application.Tests.StaffConcerns.Support;

/// <summary>The school, where a staff member raises a concern about a colleague and the board takes it from there.</summary>
public abstract class StaffConcernTest : SchoolTest
{
    protected const string Description = "Meester Tim nam een leerling mee naar de lege gymzaal en deed de deur op slot.";

    public static TheoryData<Who> EveryoneButTheBoard() => [.. Enum.GetValues<Who>().Where(w => w is not Who.Board)];

    protected RecordInspectorConsultationCommand Inspector(Guid id, int version, bool reasonableSuspicion) =>
        new(id, version, Clock.Today, "Overleg met de vertrouwensinspecteur gevoerd.", reasonableSuspicion, "Twee leerlingen vertellen onafhankelijk van elkaar hetzelfde.");

    protected RecordPoliceReportCommand Police(Guid id, int version) =>
        new(id, version, Clock.Today, "PL0900-2026123456", StaffMemberInformed: true, ParentsInformed: true);

    protected Task<Guid> RaiseAsync(User? by = null) =>
        Host.SendAsAsync(by ?? School.Owner, new RaiseStaffConcernCommand("Tim de Leeuw", Description));

    protected Task<StaffConcernView> ViewAsync(User user, Guid id) => Host.SendAsAsync(user, new GetStaffConcernQuery(id));

    protected Task<IReadOnlyList<StaffConcernListItem>> ListAsync(User user) => Host.SendAsAsync(user, new GetStaffConcernsQuery());

    /// <summary>Sends a board change built on the version the board sees now.</summary>
    protected async Task AsBoardAsync(Guid id, Func<int, IRequest<Unit>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await Host.SendAsAsync(School.Board, change((await ViewAsync(School.Board, id)).Version));
    }

    /// <summary>Sends a board change that a rule refuses with <paramref name="message"/>, and checks that nothing was saved.</summary>
    protected async Task AssertBoardRefusedAsync(Guid id, Func<int, IRequest<Unit>> change, string message)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = await ViewAsync(School.Board, id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Host.SendAsAsync(School.Board, change(before.Version)));

        Assert.Equal(message, refused.Message);
        Assert.Equal(before.Version, (await ViewAsync(School.Board, id)).Version);
    }
}
