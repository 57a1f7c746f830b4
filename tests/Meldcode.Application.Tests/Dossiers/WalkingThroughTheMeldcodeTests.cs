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
        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.CoSign);
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
                ChronologyEntryKind.DecisionRecorded, ChronologyEntryKind.ReviewRequested, ChronologyEntryKind.ReviewCoSigned,
                ChronologyEntryKind.ReportRecorded,
            ],
            dossier.Chronology.Select(e => e.Kind));
        Assert.Equal(Enumerable.Range(1, 12), dossier.Chronology.Select(e => e.Sequence));
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
}
