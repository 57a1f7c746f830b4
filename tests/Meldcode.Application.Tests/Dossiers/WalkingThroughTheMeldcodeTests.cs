using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetConsultationInbox;
using Meldcode.Application.Tests.Dossiers.Support;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Tests.Dossiers;

/// <summary>A dossier taken through the five steps by its owner, with a colleague asked for advice inside Meldcode.</summary>
public sealed class WalkingThroughTheMeldcodeTests : SchoolTest
{
    [Fact]
    public async Task A_dossier_walked_from_signal_to_report_shows_every_step_done_and_waits_for_Veilig_Thuis()
    {
        var id = await Dossiers.OpenAsync();

        var hints = await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.LeadA));
        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.AnswerConsultation(s, School.LeadA));
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Conversation);
        await Dossiers.WeighTowardsAsync(id, Outcome.Report);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.Report));
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Report(s) with
        {
            ClientInformed = false,
            Exception = OpenReportingException.ChildOrFamilySafety,
            ExceptionExplanation = "Vader heeft gedreigd; vooraf informeren brengt Noor in gevaar.",
        });

        var view = await Dossiers.ViewAsync(School.Owner, id);
        var dossier = view.Dossier;
        Assert.Empty(hints);
        Assert.All(view.Steps, step => Assert.Equal(StepState.Done, step.State));
        Assert.Equal(DossierStatus.Reported, dossier.Status);
        Assert.Null(dossier.CurrentStep);
        Assert.Equal(NextActionKind.RecordVeiligThuisFeedback, view.NextAction.Kind);
        Assert.Equal(NextActionKind.RecordVeiligThuisFeedback, dossier.PendingAction);

        var consultation = Assert.Single(dossier.Consultations);
        Assert.Equal(ConsultationKind.SafeguardingLead, consultation.Kind);
        Assert.Equal("Carla Visser", consultation.WithWhom);
        Assert.Equal(Outcome.Report, dossier.Recommendation.Outcome);
        Assert.Equal(Outcome.Report, dossier.Decision!.Outcome);
        Assert.False(dossier.Decision.IsDeviation);
        var report = Assert.Single(dossier.Reports);
        Assert.False(report.ClientInformed);
        Assert.Equal(OpenReportingException.ChildOrFamilySafety, report.Exception);

        Assert.Equal(
            [
                ChronologyEntryKind.Opened, ChronologyEntryKind.SignalRecorded, ChronologyEntryKind.ConsultationRequested,
                ChronologyEntryKind.ConsultationRequestAnswered, ChronologyEntryKind.ConversationRecorded,
                ChronologyEntryKind.WeighingAnswered, ChronologyEntryKind.WeighingAnswered, ChronologyEntryKind.WeighingAnswered,
                ChronologyEntryKind.DecisionRecorded, ChronologyEntryKind.ReportRecorded,
            ],
            dossier.Chronology.Select(e => e.Kind));
        Assert.Equal(Enumerable.Range(1, 10), dossier.Chronology.Select(e => e.Sequence));
        Assert.Equal("Carla Visser", dossier.Chronology[3].ActorName);
        Assert.Contains("De cliënt is niet vooraf geïnformeerd. Uitzondering: de veiligheid van het kind of van gezinsleden.", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_steps_show_where_a_dossier_stands_along_the_way()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.Consultant));

        var waiting = await Dossiers.ViewAsync(School.Owner, id);

        Assert.Equal(
            [StepState.Done, StepState.InProgress, StepState.NotStarted, StepState.NotStarted, StepState.NotStarted],
            waiting.Steps.Select(s => s.State));
        Assert.Equal("Adviesvraag staat open", waiting.Steps[1].Note);
        Assert.Equal(MeldcodeStep.Consultation, waiting.Dossier.CurrentStep);
        Assert.Equal(NextActionKind.Consult, waiting.NextAction.Kind);
    }

    [Fact]
    public async Task Weighing_before_the_steps_before_it_are_done_is_refused_and_saves_nothing()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        var before = await Dossiers.StateAsync(id);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Dossiers.SendAsync(School.Owner, ValidCommands.Answer(before, WeighingQuestion.Suspicion, true)));

        Assert.StartsWith("Je kunt nog niet wegen: ", refused.Message, StringComparison.Ordinal);
        var after = await Dossiers.StateAsync(id);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Dossier.WeighingAnswers);
    }

    [Fact]
    public async Task A_decision_that_deviates_from_the_recommendation_needs_a_justification_and_is_marked()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, Outcome.Report);
        var before = await Dossiers.StateAsync(id);

        await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.Owner, ValidCommands.Decide(before, Outcome.HelpAndMonitor)));
        await Dossiers.SendAsync(School.Owner, ValidCommands.Decide(before, Outcome.HelpAndMonitor) with
        {
            DeviationJustification = "Moeder werkt goed mee en de hulp start morgen al.",
        });

        var decision = (await Dossiers.StateAsync(id)).Dossier.Decision!;
        Assert.True(decision.IsDeviation);
        Assert.Equal(Outcome.Report, decision.Recommended);
    }

    [Fact]
    public async Task The_consultation_inbox_shows_an_open_request_to_the_consultant_until_they_answer()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var inbox = await Dossiers.SendAsync(School.Consultant, new GetConsultationInboxQuery());
        var ownerInbox = await Dossiers.SendAsync(School.Owner, new GetConsultationInboxQuery());
        var item = Assert.Single(inbox);
        Assert.Equal(id, item.DossierId);
        Assert.Equal("2026-0001", item.DossierNumber);
        Assert.Equal("Anouk Jansen", item.RequestedByName);
        Assert.Equal("Wat vind jij van deze signalen?", item.Question);
        Assert.Empty(ownerInbox);

        await Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));

        Assert.Empty(await Dossiers.SendAsync(School.Consultant, new GetConsultationInboxQuery()));
        var consultation = Assert.Single((await Dossiers.StateAsync(id)).Dossier.Consultations);
        Assert.Equal(ConsultationKind.Colleague, consultation.Kind);
        Assert.Equal("Joost Meijer", consultation.WithWhom);
        Assert.Equal(item.RequestId, consultation.RequestId);
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Consultant, id));
    }

    [Fact]
    public async Task Help_that_brings_lasting_safety_closes_the_dossier_at_the_evaluation()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.DecideAsync(id, Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s, evaluateInDays: 14));
        var monitoring = await Dossiers.ViewAsync(School.Owner, id);
        Clock.Advance(TimeSpan.FromDays(14));

        var due = await Dossiers.ViewAsync(School.Owner, id);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: true));

        Assert.Equal(DossierStatus.Monitoring, monitoring.Dossier.Status);
        Assert.Equal(NextActionKind.AwaitEvaluation, monitoring.NextAction.Kind);
        Assert.Equal(NextActionKind.Evaluate, due.NextAction.Kind);
        var closed = await Dossiers.ViewAsync(School.Owner, id);
        Assert.Equal(DossierStatus.Closed, closed.Dossier.Status);
        Assert.Null(closed.Dossier.NextEvaluationDate);
        Assert.False(closed.CanWork);
        Assert.True(closed.CanCorrect);
    }
}
