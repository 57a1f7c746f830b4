using Meldcode.Application.Dossiers.RecordHelpPlan;

namespace Meldcode.Application.Tests.Dossiers.RecordHelpPlan;

/// <summary>Help offered or organised after the decision, with the date on which question 5 is answered.</summary>
public sealed class RecordHelpPlanTests : SchoolTest
{
    [Fact]
    public async Task Help_is_saved_with_its_evaluation_date_and_the_dossier_is_monitored()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.HelpAndMonitor);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s, evaluateInDays: 28));

        var state = await Dossiers.StateAsync(id);
        var plan = Assert.Single(state.Dossier.HelpPlans);
        var evaluationDate = state.Today.AddDays(28);
        Assert.Equal(("Wekelijks gesprek met de schoolmaatschappelijk werker.", "Schoolmaatschappelijk werk", evaluationDate, true), (plan.WhatHelp, plan.ByWhom, plan.EvaluationDate, plan.IsActive));
        Assert.Equal((DossierStatus.Monitoring, evaluationDate, NextActionKind.AwaitEvaluation), (state.Dossier.Status, state.Dossier.NextEvaluationDate, state.Dossier.PendingAction));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.HelpRecorded, entry.Kind);
        Assert.Equal(
            string.Join(Environment.NewLine, "Hulp: Wekelijks gesprek met de schoolmaatschappelijk werker.", $"Door: Schoolmaatschappelijk werk. Evaluatie op {DutchTime.Date(evaluationDate)}."),
            entry.Summary);
    }

    [Fact]
    public async Task Help_is_recorded_alongside_a_report_that_is_still_due()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.ReportAndHelp);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(DossierStatus.Monitoring, state.Dossier.Status);
        Assert.Equal(NextActionKind.RecordReport, state.Dossier.PendingAction);
    }

    [Fact]
    public async Task Help_is_recorded_only_after_deciding_to_help()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Help(s));

        Assert.Equal("Leg hulp vast nadat je hebt besloten hulp te bieden of te organiseren.", rule);
    }

    [Fact]
    public async Task New_help_waits_until_the_running_help_is_evaluated()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s));

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Help(s, evaluateInDays: 7));

        Assert.Equal("Er loopt al hulp. Evalueer die eerst.", rule);
    }

    [Theory]
    [InlineData(0, "Kies een evaluatiedatum in de toekomst.")]
    [InlineData(-1, "Kies een evaluatiedatum in de toekomst.")]
    [InlineData(400, "Kies een evaluatiedatum binnen een jaar.")]
    public async Task The_evaluation_date_lies_within_the_coming_year(int evaluateInDays, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Help(s, evaluateInDays)));

    [Fact]
    public async Task Every_missing_part_of_the_help_is_reported_at_once_in_Dutch() =>
        Assert.Equal(
            ["Vul de beschrijving van de hulp in.", "Vul de naam van wie de hulp geeft in.", "Kies een evaluatiedatum."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Help(s) with { WhatHelp = null, ByWhom = " ", EvaluationDate = null }));

    [Theory]
    [InlineData(nameof(RecordHelpPlanCommand.WhatHelp), 10_000, "De beschrijving van de hulp mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordHelpPlanCommand.ByWhom), 200, "De naam van wie de hulp geeft mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    public async Task A_text_over_its_limit_is_refused_in_Dutch(string field, int limit, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Help(s).With(field, new string('a', limit + 1))));
}
