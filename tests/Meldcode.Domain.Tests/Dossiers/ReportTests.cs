using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class ReportTests
{
    private const string Explanation = "Vader heeft gedreigd Daan mee te nemen als er iemand over thuis praat.";

    public static TheoryData<OpenReportingException> EveryException => new(Enum.GetValues<OpenReportingException>());

    [Fact]
    public void A_report_after_informing_the_client_is_stored_without_an_exception()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();
        var entries = dossier.Chronology.Count;

        var report = dossier.RecordReport(Inputs.Report(clientInformed: true), People.Owner, Clock.Now);

        Assert.Same(report, Assert.Single(dossier.Reports));
        Assert.True(report.ClientInformed);
        Assert.Null(report.Exception);
        Assert.Null(report.ExceptionExplanation);
        Assert.Equal(Clock.Today, report.ReportedOn);
        Assert.Equal("Utrecht", report.Region);
        Assert.Equal("Anouk Smit", report.ContactPerson);
        Assert.Equal("VT-2026-1234", report.Reference);
        Assert.Equal(People.Owner.UserId, report.RecordedBy);
        Assert.Null(report.Feedback);
        var entry = dossier.Chronology[entries];
        Assert.Equal(ChronologyEntryKind.ReportRecorded, entry.Kind);
        Assert.Contains("Gemeld bij Veilig Thuis Utrecht op 18-11-2026; contactpersoon Anouk Smit, kenmerk VT-2026-1234.", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("De cliënt is vooraf geïnformeerd over de melding.", entry.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryException))]
    public void An_informed_client_leaves_no_room_for_an_exception(OpenReportingException exception)
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var error = Assert.Throws<DomainException>(() => dossier.RecordReport(Inputs.Report(true, exception, Explanation), People.Owner, Clock.Now));

        Assert.Equal("Je hebt de cliënt vooraf geïnformeerd; dan geldt er geen uitzondering op open melden.", error.Message);
        Assert.Empty(dossier.Reports);
    }

    [Fact]
    public void An_explanation_without_an_exception_is_not_kept_when_the_client_was_informed()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var report = dossier.RecordReport(Inputs.Report(true, null, Explanation), People.Owner, Clock.Now);

        Assert.Null(report.ExceptionExplanation);
    }

    [Theory]
    [MemberData(nameof(EveryException))]
    public void Not_informing_the_client_is_recorded_with_the_exception_and_its_explanation(OpenReportingException exception)
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var report = dossier.RecordReport(Inputs.Report(false, exception, Explanation), People.Owner, Clock.Now);

        Assert.False(report.ClientInformed);
        Assert.Equal(exception, report.Exception);
        Assert.Equal(Explanation, report.ExceptionExplanation);
        Assert.Contains(
            $"De cliënt is niet vooraf geïnformeerd. Uitzondering: {DutchTerms.InSentence(DutchTerms.For(exception))}. Toelichting: {Explanation}",
            dossier.Chronology[^1].Summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_dated_earlier_is_accepted()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var report = dossier.RecordReport(Inputs.Report() with { ReportedOn = Clock.Today.AddDays(-3) }, People.Owner, Clock.Now);

        Assert.Equal(Clock.Today.AddDays(-3), report.ReportedOn);
    }

    [Fact]
    public void A_report_before_any_decision_is_refused()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();
        var entries = dossier.Chronology.Count;

        var error = Assert.Throws<DomainException>(() => dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now));

        Assert.Equal("Leg een melding vast nadat je hebt besloten te melden (of na acuut gevaar).", error.Message);
        Assert.Empty(dossier.Reports);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Fact]
    public void A_report_after_a_decision_to_help_without_reporting_is_refused()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).Build();

        Assert.Throws<DomainException>(() => dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now));
        Assert.Empty(dossier.Reports);
    }

    [Theory]
    [InlineData(Outcome.Report)]
    [InlineData(Outcome.ReportAndHelp)]
    public void A_decision_that_includes_reporting_makes_a_report_due(Outcome outcome)
    {
        var dossier = DossierBuilder.DecidedTo(outcome).Build();

        Assert.True(dossier.IsReportDue);
        Assert.Equal(1, dossier.ReportsRequired);
        Assert.Equal(NextActionKind.RecordReport, dossier.NextActionOn(Clock.Today).Kind);

        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);

        Assert.False(dossier.IsReportDue);
        Assert.Equal(DossierStatus.Reported, dossier.Status);
    }

    [Fact]
    public void In_acute_danger_a_report_can_be_recorded_before_the_steps_are_done()
    {
        var dossier = DossierBuilder.Open().WithEmergencyAction().Build();

        Assert.True(dossier.IsAcute);
        var report = dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);

        Assert.Same(report, Assert.Single(dossier.Reports));
        Assert.Null(dossier.Decision);
        Assert.Equal(DossierStatus.Reported, dossier.Status);
        Assert.False(dossier.IsReportDue);
    }

    [Fact]
    public void An_emergency_action_is_recorded_with_what_was_done_and_whom_was_called()
    {
        var dossier = DossierBuilder.Open().Build();
        var occurred = Clock.Now.AddMinutes(-30);

        var action = dossier.RecordEmergencyAction("  Veilig Thuis gebeld; moeder en Daan zijn naar de opvang.  ", "Veilig Thuis (0800-2000)", occurred, People.Owner, Clock.Now);

        Assert.True(dossier.IsAcute);
        Assert.Equal("Veilig Thuis gebeld; moeder en Daan zijn naar de opvang.", action.WhatWasDone);
        Assert.Equal(occurred, action.OccurredAt);
        Assert.Equal(Clock.Now, action.RecordedAt);
        Assert.Equal(ChronologyEntryKind.EmergencyActionRecorded, dossier.Chronology[^1].Kind);
        Assert.Contains("Acuut gevaar. Op 18-11-2026 09:30 ingeschakeld: Veilig Thuis (0800-2000).", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_report_Veilig_Thuis_feedback_is_the_next_action()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();

        Assert.Equal(NextActionKind.RecordVeiligThuisFeedback, dossier.NextActionOn(Clock.Today).Kind);
    }

    [Fact]
    public void Veilig_Thuis_feedback_is_stored_on_the_report_and_in_the_chronology()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();
        var report = dossier.Reports[0];
        var later = Clock.DaysLater(5);

        dossier.RecordVeiligThuisFeedback(report.Id, VeiligThuisFeedback.TakenOn, Clock.Today.AddDays(4), "  Veilig Thuis belt na het onderzoek.  ", People.Owner, later);

        Assert.Equal(VeiligThuisFeedback.TakenOn, report.Feedback);
        Assert.Equal(Clock.Today.AddDays(4), report.FeedbackOn);
        Assert.Equal("Veilig Thuis belt na het onderzoek.", report.FollowUpAgreements);
        Assert.Equal(ChronologyEntryKind.VeiligThuisFeedbackRecorded, dossier.Chronology[^1].Kind);
        Assert.Contains("Terugkoppeling van Veilig Thuis (22-11-2026): in behandeling genomen.", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.Equal(NextActionKind.CloseDossier, dossier.NextActionOn(DutchTime.Today(later)).Kind);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 5)]
    [InlineData(3, 5)]
    [InlineData(5, 5)]
    public void Feedback_may_be_dated_from_the_report_date_up_to_today(int feedbackDay, int today)
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();

        dossier.RecordVeiligThuisFeedback(dossier.Reports[0].Id, VeiligThuisFeedback.AdviceOnly, Clock.Today.AddDays(feedbackDay), null, People.Owner, Clock.DaysLater(today));

        Assert.Equal(VeiligThuisFeedback.AdviceOnly, dossier.Reports[0].Feedback);
        Assert.Equal(Clock.Today.AddDays(feedbackDay), dossier.Reports[0].FeedbackOn);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-3, 5)]
    public void Feedback_dated_before_the_report_is_refused(int feedbackDay, int today)
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();

        var error = Assert.Throws<DomainException>(() => dossier.RecordVeiligThuisFeedback(dossier.Reports[0].Id, VeiligThuisFeedback.TakenOn, Clock.Today.AddDays(feedbackDay), null, People.Owner, Clock.DaysLater(today)));

        Assert.Equal("De datum van de terugkoppeling ligt tussen de datum van de melding en vandaag.", error.Message);
        Assert.Null(dossier.Reports[0].Feedback);
    }

    [Fact]
    public void Feedback_on_a_report_of_another_dossier_is_refused()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();

        var error = Assert.Throws<DomainException>(() => dossier.RecordVeiligThuisFeedback(Guid.NewGuid(), VeiligThuisFeedback.TakenOn, Clock.Today, null, People.Owner, Clock.Now));

        Assert.Equal("Deze melding hoort niet bij dit dossier.", error.Message);
    }

}
