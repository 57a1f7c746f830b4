using Meldcode.Application.Dossiers.RecordReport;

namespace Meldcode.Application.Tests.Dossiers.RecordReport;

/// <summary>The report (melding) to Veilig Thuis, with open melden, tenzij: the client is told beforehand unless an exception applies.</summary>
public sealed class RecordReportTests : SchoolTest
{
    [Fact]
    public async Task A_report_after_deciding_to_report_is_saved_written_to_the_chronology_and_waits_for_Veilig_Thuis()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);

        var state = await Dossiers.StateAsync(id);
        var report = Assert.Single(state.Dossier.Reports);
        Assert.Equal((state.Today, "Utrecht", "Mevrouw De Wit", "VT-2026-123"), (report.ReportedOn, report.Region, report.ContactPerson, report.Reference));
        Assert.Equal((true, (OpenReportingException?)null, School.Owner.Id), (report.ClientInformed, report.Exception, report.RecordedBy));
        Assert.Equal(DossierStatus.Reported, state.Dossier.Status);
        Assert.Equal(NextActionKind.RecordVeiligThuisFeedback, state.Dossier.PendingAction);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.ReportRecorded, entry.Kind);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                $"Gemeld bij Veilig Thuis Utrecht op {DutchTime.Date(state.Today)}; contactpersoon Mevrouw De Wit, kenmerk VT-2026-123.",
                "Gemeld: De signalen, het overleg en het gesprek met moeder.",
                "De cliënt is vooraf geïnformeerd over de melding."),
            entry.Summary);
    }

    [Fact]
    public async Task A_report_without_informing_the_client_keeps_the_exception_that_applied_and_why()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        await Dossiers.ChangeAsync(School.Owner, id, NotInformed);

        var state = await Dossiers.StateAsync(id);
        var report = Assert.Single(state.Dossier.Reports);
        Assert.Equal((false, OpenReportingException.ProfessionalSafety, "Vader heeft mij eerder bedreigd."), (report.ClientInformed, report.Exception, report.ExceptionExplanation));
        Assert.EndsWith(
            "De cliënt is niet vooraf geïnformeerd. Uitzondering: de veiligheid van mij of van collega's. Toelichting: Vader heeft mij eerder bedreigd.",
            state.Dossier.Chronology[^1].Summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_client_was_informed_an_exception_sent_along_is_not_kept()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        await Dossiers.ChangeAsync(School.Owner, id, s => NotInformed(s) with { ClientInformed = true });

        var report = Assert.Single((await Dossiers.StateAsync(id)).Dossier.Reports);
        Assert.True(report.ClientInformed);
        Assert.Null(report.Exception);
        Assert.Null(report.ExceptionExplanation);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_report_is_recorded_only_after_deciding_to_report(bool decidedToHelpInstead)
    {
        var id = await Dossiers.OpenAsync();
        if (decidedToHelpInstead)
        {
            await Dossiers.DecideAsync(id, Outcome.HelpAndMonitor);
        }

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Report);

        Assert.Equal("Leg een melding vast nadat je hebt besloten te melden (of na acuut gevaar).", rule);
    }

    [Fact]
    public async Task After_acute_danger_a_report_is_recorded_without_waiting_for_the_steps()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.EmergencyAction);

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);

        var state = await Dossiers.StateAsync(id);
        Assert.Single(state.Dossier.Reports);
        Assert.Equal(DossierStatus.Reported, state.Dossier.Status);
    }

    [Fact]
    public async Task Recording_a_report_without_informing_the_client_requires_a_reason() =>
        Assert.Equal(
            ["Je hebt de cliënt niet vooraf geïnformeerd: kies welke uitzondering gold.", "Vul de toelichting op de uitzondering in."],
            await Dossiers.ValidationMessagesAsync(s => NotInformed(s) with { Exception = null, ExceptionExplanation = " " }));

    [Fact]
    public async Task An_exception_that_is_not_in_the_list_is_refused() =>
        Assert.Equal(
            ["Je hebt de cliënt niet vooraf geïnformeerd: kies welke uitzondering gold."],
            await Dossiers.ValidationMessagesAsync(s => NotInformed(s) with { Exception = (OpenReportingException)9 }));

    [Fact]
    public async Task Every_missing_part_of_a_report_is_reported_at_once_in_Dutch() =>
        Assert.Equal(
            [
                "Vul de datum van de melding in.",
                "Vul de Veilig Thuis-regio in.",
                "Vul de contactpersoon bij Veilig Thuis in.",
                "Vul de beschrijving van wat je hebt gemeld in.",
                "Geef aan of je de cliënt vooraf over de melding hebt geïnformeerd.",
            ],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Report(s) with { ReportedOn = null, Region = " ", ContactPerson = null, WhatWasReported = "", ClientInformed = null }));

    [Fact]
    public async Task A_report_dated_in_the_future_is_refused() =>
        Assert.Equal(
            ["De datum van de melding kan niet in de toekomst liggen."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Report(s) with { ReportedOn = s.Today.AddDays(1) }));

    [Theory]
    [InlineData(nameof(RecordReportCommand.Region), 200, "De Veilig Thuis-regio mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordReportCommand.ContactPerson), 200, "De contactpersoon bij Veilig Thuis mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordReportCommand.Reference), 200, "Het kenmerk mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordReportCommand.WhatWasReported), 10_000, "De beschrijving van wat je hebt gemeld mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordReportCommand.ExceptionExplanation), 10_000, "De toelichting op de uitzondering mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_its_limit_is_refused_in_Dutch(string field, int limit, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => NotInformed(s).With(field, new string('a', limit + 1))));

    private static RecordReportCommand NotInformed(DossierState state) =>
        ValidCommands.Report(state) with { ClientInformed = false, Exception = OpenReportingException.ProfessionalSafety, ExceptionExplanation = "Vader heeft mij eerder bedreigd." };
}
