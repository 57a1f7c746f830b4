using Meldcode.Application.Dossiers.EvaluateHelpPlan;

namespace Meldcode.Application.Tests.Dossiers.EvaluateHelpPlan;

/// <summary>Question 5 at the evaluation moment: help that works closes the dossier; help that does not calls for a report.</summary>
public sealed class EvaluateHelpPlanTests : SchoolTest
{
    [Fact]
    public async Task Help_that_brings_lasting_safety_closes_the_dossier_at_the_evaluation()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.HelpAndMonitor);
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

    [Fact]
    public async Task Help_that_works_is_written_to_the_chronology_and_the_dossier_closes_with_the_monitoring_agreements()
    {
        var id = await HelpRunningAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: true));

        var state = await Dossiers.StateAsync(id);
        var evaluation = Assert.Single(state.Dossier.Evaluations);
        Assert.Equal((true, ValidCommands.Rationale, "Elke maand kort overleg met moeder.", Outcome.Close), (evaluation.HelpBringsLastingSafety, evaluation.Rationale, evaluation.MonitoringAgreements, evaluation.Outcome));
        Assert.False(Assert.Single(state.Dossier.HelpPlans).IsActive);
        Assert.Equal("Hulp geëvalueerd: de veiligheid is hersteld. Afspraken: Elke maand kort overleg met moeder.", state.Dossier.CloseReason);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Vraag 5: resultaat: ja — de hulp leidt tot de nodige veiligheid en duurzaam herstel.",
                $"Onderbouwing: {ValidCommands.Rationale}",
                "Afspraken over het volgen van de veiligheid: Elke maand kort overleg met moeder."),
            state.Dossier.Chronology[^2].Summary);
        Assert.Equal((ChronologyEntryKind.EvaluationRecorded, ChronologyEntryKind.Closed), (state.Dossier.Chronology[^2].Kind, state.Dossier.Chronology[^1].Kind));
    }

    [Fact]
    public async Task Help_that_does_not_bring_lasting_safety_ends_and_calls_for_a_report()
    {
        var id = await HelpRunningAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: false));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(Outcome.Report, Assert.Single(state.Dossier.Evaluations).Outcome);
        Assert.Null(state.Dossier.ActiveHelpPlan);
        Assert.Null(state.Dossier.NextEvaluationDate);
        Assert.True(state.Dossier.IsReportDue);
        Assert.Equal((DossierStatus.Open, NextActionKind.RecordReport), (state.Dossier.Status, state.Dossier.PendingAction));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.EvaluationRecorded, entry.Kind);
        Assert.StartsWith("Vraag 5: resultaat: nee — de hulp leidt niet tot de nodige veiligheid en duurzaam herstel.", entry.Summary, StringComparison.Ordinal);
        Assert.EndsWith("Het afwegingskader raadt aan: (opnieuw) melden bij Veilig Thuis.", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_help_running_there_is_nothing_to_evaluate()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.HelpAndMonitor);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: false));

        Assert.Equal("Er loopt geen hulp om te evalueren.", rule);
    }

    [Fact]
    public async Task Help_is_not_called_a_success_while_the_report_it_runs_alongside_is_still_due()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.ReportAndHelp);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s));

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: true));

        Assert.Equal("Er moet nog een melding bij Veilig Thuis worden vastgelegd. Leg die eerst vast.", rule);
    }

    [Fact]
    public async Task Help_is_not_called_a_success_while_a_colleague_is_still_asked_for_advice()
    {
        var id = await HelpRunningAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.Consultant));

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: true));

        Assert.Equal("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.", rule);
    }

    [Fact]
    public async Task Every_missing_part_of_an_evaluation_is_reported_at_once_in_Dutch() =>
        Assert.Equal(
            ["Kies ja of nee.", "Vul je onderbouwing in."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Evaluation(s, helpWorks: false) with { HelpBringsLastingSafety = null, Rationale = " " }));

    [Fact]
    public async Task Help_that_works_needs_agreements_on_monitoring_safety() =>
        Assert.Equal(
            ["Vul de afspraken over het volgen van de veiligheid in."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Evaluation(s, helpWorks: true) with { MonitoringAgreements = null }));

    [Theory]
    [InlineData(nameof(EvaluateHelpPlanCommand.Rationale), "Je onderbouwing mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(EvaluateHelpPlanCommand.MonitoringAgreements), "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_ten_thousand_characters_is_refused_in_Dutch(string field, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Evaluation(s, helpWorks: false).With(field, new string('a', 10_001))));

    private async Task<Guid> HelpRunningAsync()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s));
        return id;
    }
}
