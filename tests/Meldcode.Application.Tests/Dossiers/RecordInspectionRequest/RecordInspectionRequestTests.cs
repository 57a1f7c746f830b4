using Meldcode.Application.Teams.GetTeamOverview;
using Meldcode.Domain.AccessLog;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dossiers.RecordInspectionRequest;

/// <summary>The aandachtsfunctionaris records a request to see the file, extends its deadline, refuses or answers it; the team overview shows the open ones.</summary>
public sealed class RecordInspectionRequestTests : SchoolTest
{
    [Fact]
    public async Task The_lead_records_a_request_with_the_childs_age_from_the_dossier_and_a_deadline_a_month_later()
    {
        var id = await Dossiers.OpenAsync();

        var requestId = await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.InspectionRequest);

        var state = await Dossiers.StateAsync(id);
        var request = Assert.Single(state.Dossier.InspectionRequests);
        Assert.Equal(requestId, request.Id);
        var received = state.Today.AddDays(-1);
        Assert.Equal(("Fatima Bakker", 9, received, received.AddMonths(1), InspectionStatus.Open), (request.RequesterName, request.ChildAge, request.ReceivedOn, request.Deadline, request.Status));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.InspectionRequested, "Carla Visser"), (entry.Kind, entry.ActorName));
        var line = await Host.WithContextAsync(c => c.AccessLog.OrderBy(e => e.Sequence).LastAsync());
        Assert.Equal((AccessAction.Update, id, AccessOutcome.Allowed), (line.Action, line.SubjectId, line.Outcome));
    }

    [Fact]
    public async Task A_request_by_a_parent_without_authority_is_recorded_and_refused_at_once_with_the_reason()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.InspectionRequest(s) with { HasParentalAuthority = false });

        var request = Assert.Single((await Dossiers.StateAsync(id)).Dossier.InspectionRequests);
        Assert.Equal((InspectionStatus.Refused, InspectionRules.NoAuthority), (request.Status, request.RefusalReason));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_dutch_messages_and_nothing_is_saved()
    {
        var id = await Dossiers.OpenAsync();

        var messages = await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => ValidCommands.InspectionRequest(s) with
        {
            RequesterName = " ",
            HasParentalAuthority = null,
            ReceivedOn = s.Today.AddDays(1),
        });

        Assert.Equal(
            ["Vul de naam van de aanvrager in.", "Geef aan of de aanvrager gezag heeft over het kind.", "De datum van ontvangst kan niet in de toekomst liggen."],
            messages);
        Assert.Contains(
            "Kies wie om inzage vraagt: een ouder, een andere verzorger, het kind zelf of iemand anders.",
            await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => ValidCommands.InspectionRequest(s) with { Relation = (RequesterRelation)99 }));
    }

    [Fact]
    public async Task The_lead_extends_the_deadline_once_and_refuses_with_a_reason_and_the_chronology_shows_both()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.InspectionRequest);

        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.ExtendInspection);
        Assert.Equal("De termijn van dit inzageverzoek is al eens verlengd. Verlengen kan maar één keer.", await Dossiers.BrokenRuleAsync(School.LeadA, id, ValidCommands.ExtendInspection));
        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.RefuseInspection);

        var state = await Dossiers.StateAsync(id);
        var request = Assert.Single(state.Dossier.InspectionRequests);
        Assert.Equal((InspectionStatus.Refused, request.ReceivedOn.AddMonths(3), ValidCommands.InspectionReason), (request.Status, request.Deadline, request.ExtensionReason));
        Assert.Equal(
            [ChronologyEntryKind.InspectionRequested, ChronologyEntryKind.InspectionExtended, ChronologyEntryKind.InspectionAnswered],
            state.Dossier.Chronology.TakeLast(3).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_refusal_without_a_reason_is_refused_in_dutch()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.InspectionRequest);

        Assert.Equal(
            ["Vul de reden van de weigering in."],
            await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => ValidCommands.RefuseInspection(s) with { RefusalReason = "" }));
    }

    [Fact]
    public async Task The_team_overview_lists_open_requests_by_deadline_with_the_late_ones_flagged_and_no_names()
    {
        var late = await Dossiers.OpenAsync();
        var recent = await Dossiers.OpenAsync(firstName: "Lotte");
        var answered = await Dossiers.OpenAsync(firstName: "Mila");
        await Dossiers.ChangeAsync(School.LeadA, recent, ValidCommands.InspectionRequest);
        await Dossiers.ChangeAsync(School.LeadA, late, s => ValidCommands.InspectionRequest(s) with { ReceivedOn = s.Today.AddMonths(-2) });
        await Dossiers.ChangeAsync(School.LeadA, answered, ValidCommands.InspectionRequest);
        await Dossiers.ChangeAsync(School.LeadA, answered, ValidCommands.RefuseInspection);

        var overview = await Dossiers.SendAsync(School.LeadA, new GetTeamOverviewQuery());

        Assert.Equal([(late, true), (recent, false)], overview.InspectionRequests.Select(r => (r.DossierId, r.IsOverdue)));
        Assert.Empty((await Dossiers.SendAsync(School.LeadB, new GetTeamOverviewQuery())).InspectionRequests);
    }
}
