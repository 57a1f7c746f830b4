using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.StaffConcerns.AcknowledgeStaffConcern;
using Meldcode.Application.StaffConcerns.CloseStaffConcern;
using Meldcode.Application.StaffConcerns.GetStaffConcern;
using Meldcode.Application.StaffConcerns.GetStaffConcerns;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;
using Meldcode.Application.StaffConcerns.RecordInspectorConsultation;
using Meldcode.Application.StaffConcerns.RecordPoliceReport;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Common;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.StaffConcerns;

/// <summary>A suspicion against a staff member: the board is informed at once, consults the vertrouwensinspecteur, and files a police report on a reasonable suspicion.</summary>
public sealed class StaffConcernTests : SchoolTest
{
    private const string Description = "Meester Tim nam een leerling mee naar de lege gymzaal en deed de deur op slot.";

    public static TheoryData<Who> EveryoneButTheBoard() => [.. Enum.GetValues<Who>().Where(w => w is not Who.Board)];

    [Fact]
    public async Task Concerns_are_numbered_per_organisation_from_M0001_in_the_year_they_are_raised()
    {
        var childcare = await Host.WithContextAsync(DemoData.SaveAsync);

        var first = await RaiseAsync();
        var second = await RaiseAsync(School.Collaborator);
        var elsewhere = await Host.SendAsAsync(childcare.Professional, new RaiseStaffConcernCommand("Piet Groen", Description));

        Assert.Equal("M2026-0001", (await ViewAsync(School.Board, first)).Concern.Number);
        Assert.Equal("M2026-0002", (await ViewAsync(School.Board, second)).Concern.Number);
        Assert.Equal("M2026-0001", (await ViewAsync(childcare.Professional, elsewhere)).Concern.Number);
    }

    [Fact]
    public async Task Raising_a_concern_informs_the_board_at_once_and_records_who_raised_it()
    {
        var id = await RaiseAsync();

        var view = await ViewAsync(School.Board, id);

        Assert.True(view.ViewerIsBoard);
        Assert.Equal("Tim de Leeuw", view.Concern.StaffMemberName);
        Assert.Equal(Description, view.Concern.Description);
        Assert.Equal("Anouk Jansen", view.Concern.RaisedByName);
        Assert.Equal(view.Concern.RaisedAt, view.Concern.BoardInformedAt);
        Assert.Null(view.Concern.BoardAcknowledgedAt);
        Assert.False((await ViewAsync(School.Owner, id)).ViewerIsBoard);
    }

    [Fact]
    public async Task The_staff_member_route_is_only_for_education_and_childcare()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => RaiseAsync(School.Outsider));

        Assert.Equal("Deze route is voor onderwijs en kinderopvang.", refused.Message);
        Assert.Equal(0, await Host.WithContextAsync(context => context.StaffConcerns.CountAsync()));
    }

    [Fact]
    public async Task Raising_a_concern_without_a_name_or_a_description_is_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsAsync(School.Owner, new RaiseStaffConcernCommand(" ", null)));

        Assert.Equal(["Vul de naam van de medewerker in.", "Vul wat je hebt gezien of gehoord in."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(0, await Host.WithContextAsync(context => context.StaffConcerns.CountAsync()));
    }

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

    [Fact]
    public async Task A_police_report_needs_a_reasonable_suspicion_from_the_inspector_consultation()
    {
        var id = await RaiseAsync();
        const string message = "Aangifte volgt als het overleg met de vertrouwensinspecteur een redelijk vermoeden oplevert. Leg dat overleg eerst vast.";

        await AssertBoardRefusedAsync(id, v => Police(id, v), message);
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: false));
        await AssertBoardRefusedAsync(id, v => Police(id, v), message);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_police_report_needs_the_staff_member_and_the_parents_informed_beforehand(bool staffMemberInformed, bool parentsInformed)
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));

        await AssertBoardRefusedAsync(
            id,
            v => Police(id, v) with { StaffMemberInformed = staffMemberInformed, ParentsInformed = parentsInformed },
            "Informeer de medewerker en de ouders voordat je aangifte doet, en vink dat aan.");
    }

    [Fact]
    public async Task A_police_report_is_dated_between_the_inspector_consultation_and_today()
    {
        var id = await RaiseAsync();
        Clock.Advance(TimeSpan.FromDays(2));
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));

        await AssertBoardRefusedAsync(id, v => Police(id, v) with { ReportedOn = Clock.Today.AddDays(-1) }, "De datum van de aangifte ligt tussen het overleg met de vertrouwensinspecteur en vandaag.");
        var future = await Assert.ThrowsAsync<ValidationException>(() => AsBoardAsync(id, v => Police(id, v) with { ReportedOn = Clock.Today.AddDays(1) }));
        Assert.Equal(["De datum van de aangifte kan niet in de toekomst liggen."], future.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task The_inspector_consultation_is_dated_between_raising_the_concern_and_today()
    {
        var id = await RaiseAsync();

        await AssertBoardRefusedAsync(id, v => Inspector(id, v, true) with { ConsultedOn = Clock.Today.AddDays(-1) }, "De datum van het overleg ligt tussen de melding en vandaag.");
        var future = await Assert.ThrowsAsync<ValidationException>(() => AsBoardAsync(id, v => Inspector(id, v, true) with { ConsultedOn = Clock.Today.AddDays(1) }));
        Assert.Equal(["De datum van het overleg kan niet in de toekomst liggen."], future.Errors.Select(e => e.ErrorMessage));
    }

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

    private RecordInspectorConsultationCommand Inspector(Guid id, int version, bool reasonableSuspicion) =>
        new(id, version, Clock.Today, "Overleg met de vertrouwensinspecteur gevoerd.", reasonableSuspicion, "Twee leerlingen vertellen onafhankelijk van elkaar hetzelfde.");

    private RecordPoliceReportCommand Police(Guid id, int version) =>
        new(id, version, Clock.Today, "PL0900-2026123456", StaffMemberInformed: true, ParentsInformed: true);

    private Task<Guid> RaiseAsync(User? by = null) =>
        Host.SendAsAsync(by ?? School.Owner, new RaiseStaffConcernCommand("Tim de Leeuw", Description));

    private Task<StaffConcernView> ViewAsync(User user, Guid id) => Host.SendAsAsync(user, new GetStaffConcernQuery(id));

    private Task<IReadOnlyList<StaffConcernListItem>> ListAsync(User user) => Host.SendAsAsync(user, new GetStaffConcernsQuery());

    /// <summary>Sends a board change built on the version the board sees now.</summary>
    private async Task AsBoardAsync(Guid id, Func<int, IRequest<Unit>> change) =>
        await Host.SendAsAsync(School.Board, change((await ViewAsync(School.Board, id)).Version));

    private async Task AssertBoardRefusedAsync(Guid id, Func<int, IRequest<Unit>> change, string message)
    {
        var before = await ViewAsync(School.Board, id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Host.SendAsAsync(School.Board, change(before.Version)));

        Assert.Equal(message, refused.Message);
        Assert.Equal(before.Version, (await ViewAsync(School.Board, id)).Version);
    }
}
