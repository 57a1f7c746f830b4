namespace Meldcode.Application.Tests.Dossiers.CloseDossier;

/// <summary>Closing a dossier, with the reason: not while a colleague is still asked for advice or a report is due; afterwards only corrections.</summary>
public sealed class CloseDossierTests : SchoolTest
{
    private const string Closed = "Dit dossier is gesloten. Je kunt alleen nog een correctie toevoegen.";

    [Fact]
    public async Task Closing_records_the_reason_and_leaves_the_dossier_to_read_and_correct()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        var view = await Dossiers.ViewAsync(School.Owner, id);
        Assert.Equal((DossierStatus.Closed, "De zorgen bleken ongegrond: de blauwe plek kwam van de gymles."), (view.Dossier.Status, view.Dossier.CloseReason));
        Assert.NotNull(view.Dossier.ClosedAt);
        Assert.Equal((NextActionKind.None, (MeldcodeStep?)null), (view.Dossier.PendingAction, view.Dossier.CurrentStep));
        Assert.Equal((false, true), (view.CanWork, view.CanCorrect));
        var entry = view.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.Closed, "Dossier gesloten. Reden: De zorgen bleken ongegrond: de blauwe plek kwam van de gymles."), (entry.Kind, entry.Summary));
    }

    [Fact]
    public async Task A_closed_dossier_takes_nothing_but_corrections()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        Assert.Equal(Closed, await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Comment));
        Assert.Equal(Closed, await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Signal));
        Assert.Equal(Closed, await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Close));
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Correction);
    }

    [Fact]
    public async Task A_dossier_with_an_open_request_for_advice_closes_once_the_request_is_withdrawn()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Close);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.WithdrawConsultation(s, School.Consultant));
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        Assert.Equal("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.", rule);
        Assert.True((await Dossiers.StateAsync(id)).Dossier.IsClosed);
    }

    [Fact]
    public async Task A_dossier_is_not_closed_while_the_report_decided_on_is_not_recorded()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Close);

        Assert.Equal("Er moet nog een melding bij Veilig Thuis worden vastgelegd. Leg die eerst vast.", rule);
    }

    [Fact]
    public async Task Closing_ends_the_help_that_runs()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s));

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        var state = await Dossiers.StateAsync(id);
        Assert.Null(state.Dossier.ActiveHelpPlan);
        Assert.NotNull(Assert.Single(state.Dossier.HelpPlans).EndedAt);
        Assert.Null(state.Dossier.NextEvaluationDate);
        Assert.Equal(DossierStatus.Closed, state.Dossier.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task Closing_needs_a_reason(string? reason) =>
        Assert.Equal(["Vul de reden in."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Close(s) with { Reason = reason }));

    [Fact]
    public async Task A_reason_over_ten_thousand_characters_is_refused_in_Dutch() =>
        Assert.Equal(["De reden mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Close(s) with { Reason = new string('a', 10_001) }));
}
