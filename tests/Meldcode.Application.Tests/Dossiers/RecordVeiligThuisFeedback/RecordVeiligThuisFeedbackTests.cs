using Meldcode.Application.Dossiers.RecordVeiligThuisFeedback;

namespace Meldcode.Application.Tests.Dossiers.RecordVeiligThuisFeedback;

/// <summary>What Veilig Thuis let the reporter know about a report, recorded once.</summary>
public sealed class RecordVeiligThuisFeedbackTests : SchoolTest
{
    [Fact]
    public async Task The_feedback_is_kept_with_the_report_and_written_to_the_chronology()
    {
        var id = await ReportedAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Feedback);

        var state = await Dossiers.StateAsync(id);
        var report = Assert.Single(state.Dossier.Reports);
        Assert.Equal((VeiligThuisFeedback.TakenOn, state.Today, "Veilig Thuis neemt contact op met het gezin."), (report.Feedback, report.FeedbackOn, report.FollowUpAgreements));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.VeiligThuisFeedbackRecorded, entry.Kind);
        Assert.Equal(
            string.Join(Environment.NewLine, $"Terugkoppeling van Veilig Thuis ({DutchTime.Date(state.Today)}): in behandeling genomen.", "Vervolgafspraken: Veilig Thuis neemt contact op met het gezin."),
            entry.Summary);
        Assert.Equal(NextActionKind.CloseDossier, state.Dossier.PendingAction);
    }

    [Fact]
    public async Task The_feedback_on_a_report_is_recorded_once()
    {
        var id = await ReportedAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Feedback);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Feedback(s) with { Feedback = VeiligThuisFeedback.NotTakenOn });

        Assert.Equal("De terugkoppeling van Veilig Thuis is al vastgelegd. Een vergissing herstel je met een correctie in de tijdlijn.", rule);
    }

    [Fact]
    public async Task Feedback_dated_before_the_report_is_refused()
    {
        var id = await ReportedAsync(daysAgo: 2);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Feedback(s) with { ReceivedOn = s.Today.AddDays(-3) });

        Assert.Equal("De datum van de terugkoppeling ligt tussen de datum van de melding en vandaag.", rule);
    }

    [Fact]
    public async Task Feedback_on_a_report_of_another_dossier_is_refused()
    {
        var id = await ReportedAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Feedback(s) with { ReportId = Guid.NewGuid() });

        Assert.Equal("Deze melding hoort niet bij dit dossier.", rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData((VeiligThuisFeedback)9)]
    public async Task The_feedback_is_chosen_from_the_list(VeiligThuisFeedback? feedback) =>
        Assert.Equal(["Kies wat Veilig Thuis heeft teruggekoppeld."], await MessagesAsync(s => ValidCommands.Feedback(s) with { Feedback = feedback }));

    [Fact]
    public async Task The_feedback_needs_a_date_that_is_not_in_the_future()
    {
        Assert.Equal(["Vul de datum van de terugkoppeling in."], await MessagesAsync(s => ValidCommands.Feedback(s) with { ReceivedOn = null }));
        Assert.Equal(["De datum van de terugkoppeling kan niet in de toekomst liggen."], await MessagesAsync(s => ValidCommands.Feedback(s) with { ReceivedOn = s.Today.AddDays(1) }));
    }

    [Fact]
    public async Task Follow_up_agreements_over_ten_thousand_characters_are_refused() =>
        Assert.Equal(
            ["De vervolgafspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."],
            await MessagesAsync(s => ValidCommands.Feedback(s) with { FollowUpAgreements = new string('a', 10_001) }));

    /// <summary>The validators' messages for feedback on the report of a reported dossier.</summary>
    private async Task<IEnumerable<string>> MessagesAsync(Func<DossierState, RecordVeiligThuisFeedbackCommand> feedback) =>
        await Dossiers.ValidationMessagesAsync(School.Owner, await ReportedAsync(), feedback);

    private async Task<Guid> ReportedAsync(int daysAgo = 0)
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Report(s) with { ReportedOn = s.Today.AddDays(-daysAgo) });
        return id;
    }
}
