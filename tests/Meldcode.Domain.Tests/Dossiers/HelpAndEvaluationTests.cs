using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class HelpAndEvaluationTests
{
    private const string Agreements = "De mentor vraagt elke maand hoe het thuis gaat; bij nieuwe signalen opnieuw overleg.";

    private static readonly DateOnly EvaluationDate = Clock.Today.AddDays(42);

    [Fact]
    public void Help_before_a_decision_is_refused()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.HelpAndMonitor).Build();

        var error = Assert.Throws<DomainException>(() => dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam", EvaluationDate, People.Owner, Clock.Now));

        Assert.Equal("Leg hulp vast nadat je hebt besloten hulp te bieden of te organiseren.", error.Message);
        Assert.Empty(dossier.HelpPlans);
    }

    [Fact]
    public void Help_after_a_decision_to_report_only_is_refused()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();

        Assert.Throws<DomainException>(() => dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam", EvaluationDate, People.Owner, Clock.Now));
        Assert.Empty(dossier.HelpPlans);
    }

    [Theory]
    [InlineData(Outcome.HelpAndMonitor)]
    [InlineData(Outcome.ReportAndHelp)]
    public void Help_after_a_decision_that_includes_help_is_recorded_with_its_evaluation_date(Outcome outcome)
    {
        var dossier = DossierBuilder.DecidedTo(outcome).Build();

        var plan = dossier.RecordHelp("  Opvoedondersteuning via het wijkteam.  ", " Wijkteam Oost ", EvaluationDate, People.Owner, Clock.Now);

        Assert.Same(plan, dossier.ActiveHelpPlan);
        Assert.Equal("Opvoedondersteuning via het wijkteam.", plan.WhatHelp);
        Assert.Equal("Wijkteam Oost", plan.ByWhom);
        Assert.Equal(EvaluationDate, plan.EvaluationDate);
        Assert.True(plan.IsActive);
        Assert.Equal(EvaluationDate, dossier.NextEvaluationDate);
        Assert.Equal(ChronologyEntryKind.HelpRecorded, dossier.Chronology[^1].Kind);
        Assert.Contains("Evaluatie op 30-12-2026.", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void An_evaluation_date_from_tomorrow_to_a_year_ahead_is_accepted(int days)
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).Build();

        var plan = dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam", Clock.Today.AddDays(days), People.Owner, Clock.Now);

        Assert.Equal(Clock.Today.AddDays(days), plan.EvaluationDate);
    }

    [Fact]
    public void Second_help_while_the_first_runs_is_refused()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build();

        var error = Assert.Throws<DomainException>(() => dossier.RecordHelp("Nog meer hulp.", "Wijkteam", EvaluationDate, People.Owner, Clock.Now));

        Assert.Equal("Er loopt al hulp. Evalueer die eerst.", error.Message);
        Assert.Single(dossier.HelpPlans);
    }

    [Fact]
    public void While_help_runs_the_dossier_waits_for_the_evaluation_and_on_the_date_asks_for_it()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp(EvaluationDate).Build();

        Assert.Equal(new NextAction(NextActionKind.AwaitEvaluation, Date: EvaluationDate), dossier.NextActionOn(EvaluationDate.AddDays(-1)));
        Assert.Equal(new NextAction(NextActionKind.Evaluate, Date: EvaluationDate), dossier.NextActionOn(EvaluationDate));
        Assert.Equal(new NextAction(NextActionKind.Evaluate, Date: EvaluationDate), dossier.NextActionOn(EvaluationDate.AddDays(10)));
        Assert.False(dossier.ActiveHelpPlan!.IsEvaluationOverdue(EvaluationDate));
        Assert.True(dossier.ActiveHelpPlan.IsEvaluationOverdue(EvaluationDate.AddDays(1)));
    }

    [Fact]
    public void Evaluating_without_running_help_is_refused()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).Build();

        var error = Assert.Throws<DomainException>(() => dossier.Evaluate(true, "Het gaat goed.", Agreements, People.Owner, Clock.Now));

        Assert.Equal("Er loopt geen hulp om te evalueren.", error.Message);
        Assert.Empty(dossier.Evaluations);
    }

    [Fact]
    public void Help_that_works_closes_the_dossier_with_the_monitoring_agreements()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build();
        var plan = dossier.ActiveHelpPlan!;
        var entries = dossier.Chronology.Count;
        var at = Clock.DaysLater(42);

        var evaluation = dossier.Evaluate(true, "Daan komt weer verzorgd en vrolijk op school.", Agreements, People.Owner, at);

        Assert.True(evaluation.HelpBringsLastingSafety);
        Assert.Equal(Outcome.Close, evaluation.Outcome);
        Assert.Equal(plan.Id, evaluation.HelpPlanId);
        Assert.Equal(Agreements, evaluation.MonitoringAgreements);
        Assert.Equal(at, plan.EndedAt);
        Assert.Null(dossier.ActiveHelpPlan);
        Assert.Null(dossier.NextEvaluationDate);
        Assert.True(dossier.IsClosed);
        Assert.Equal(DossierStatus.Closed, dossier.Status);
        Assert.Equal($"Hulp geëvalueerd: de veiligheid is hersteld. Afspraken: {Agreements}", dossier.CloseReason);
        Assert.Equal([ChronologyEntryKind.EvaluationRecorded, ChronologyEntryKind.Closed], dossier.KindsAfter(entries));
        Assert.Contains("Vraag 5: resultaat: ja", dossier.Chronology[entries].Summary, StringComparison.Ordinal);
        Assert.Contains($"Afspraken over het volgen van de veiligheid: {Agreements}", dossier.Chronology[entries].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_that_does_not_work_makes_a_report_due()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build();
        var entries = dossier.Chronology.Count;
        var at = Clock.DaysLater(42);

        var evaluation = dossier.Evaluate(false, "Daan komt nog steeds met honger op school.", null, People.Owner, at);

        Assert.False(evaluation.HelpBringsLastingSafety);
        Assert.Equal(Outcome.Report, evaluation.Outcome);
        Assert.Null(evaluation.MonitoringAgreements);
        Assert.False(dossier.IsClosed);
        Assert.Null(dossier.ActiveHelpPlan);
        Assert.Null(dossier.NextEvaluationDate);
        Assert.Equal(1, dossier.ReportsRequired);
        Assert.True(dossier.IsReportDue);
        Assert.Equal(NextActionKind.RecordReport, dossier.NextActionOn(DutchTime.Today(at)).Kind);
        Assert.Equal([ChronologyEntryKind.EvaluationRecorded], dossier.KindsAfter(entries));
        Assert.Contains("Vraag 5: resultaat: nee", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.Contains("Het afwegingskader raadt aan: (opnieuw) melden bij Veilig Thuis.", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_that_does_not_work_after_a_report_calls_for_a_report_again()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.ReportAndHelp).WithReport().WithHelp().Build();

        dossier.Evaluate(false, "De onveiligheid houdt aan.", null, People.Owner, Clock.DaysLater(42));

        Assert.Equal(2, dossier.ReportsRequired);
        Assert.True(dossier.IsReportDue);
        dossier.RecordReport(Inputs.Report() with { ReportedOn = Clock.Today.AddDays(42) }, People.Owner, Clock.DaysLater(42));
        Assert.False(dossier.IsReportDue);
    }

    [Fact]
    public void After_help_that_did_not_work_new_help_may_be_recorded()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build();
        dossier.Evaluate(false, "Het helpt niet genoeg.", null, People.Owner, Clock.DaysLater(42));

        var plan = dossier.RecordHelp("Intensieve gezinsbehandeling.", "Jeugdteam", Clock.Today.AddDays(100), People.Owner, Clock.DaysLater(42));

        Assert.Equal(2, dossier.HelpPlans.Count);
        Assert.Same(plan, dossier.ActiveHelpPlan);
    }

    [Fact]
    public void Helping_and_monitoring_moves_the_status_from_open_to_monitoring_and_after_failing_help_to_reported()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).Build();
        Assert.Equal(DossierStatus.Open, dossier.Status);

        dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam", EvaluationDate, People.Owner, Clock.Now);
        Assert.Equal(DossierStatus.Monitoring, dossier.Status);

        dossier.Evaluate(false, "Het helpt niet.", null, People.Owner, Clock.DaysLater(42));
        Assert.Equal(DossierStatus.Open, dossier.Status);

        dossier.RecordReport(Inputs.Report() with { ReportedOn = EvaluationDate }, People.Owner, Clock.DaysLater(42));
        Assert.Equal(DossierStatus.Reported, dossier.Status);

        dossier.Close("Veilig Thuis heeft het overgenomen.", People.Owner, Clock.DaysLater(50));
        Assert.Equal(DossierStatus.Closed, dossier.Status);
    }

    [Fact]
    public void Reporting_and_helping_moves_the_status_through_reported_and_monitoring()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.ReportAndHelp).Build();
        Assert.Equal(DossierStatus.Open, dossier.Status);

        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);
        Assert.Equal(DossierStatus.Reported, dossier.Status);

        dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam", EvaluationDate, People.Owner, Clock.Now);
        Assert.Equal(DossierStatus.ReportedAndMonitoring, dossier.Status);

        dossier.Evaluate(false, "Het helpt niet.", null, People.Owner, Clock.DaysLater(42));
        Assert.Equal(DossierStatus.Reported, dossier.Status);
    }

    [Fact]
    public void Help_first_and_the_report_after_it_also_ends_in_reported_and_monitoring()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.ReportAndHelp).WithHelp().Build();
        Assert.Equal(DossierStatus.Monitoring, dossier.Status);

        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);
        Assert.Equal(DossierStatus.ReportedAndMonitoring, dossier.Status);

        dossier.Evaluate(true, "Het is veilig.", Agreements, People.Owner, Clock.DaysLater(42));
        Assert.Equal(DossierStatus.Closed, dossier.Status);
    }

    [Fact]
    public void Closing_the_dossier_ends_running_help()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build();
        var plan = dossier.ActiveHelpPlan!;

        dossier.Close("Het gezin is verhuisd naar het buitenland.", People.Owner, Clock.DaysLater(3));

        Assert.Equal(Clock.DaysLater(3), plan.EndedAt);
        Assert.Null(dossier.ActiveHelpPlan);
        Assert.Null(dossier.NextEvaluationDate);
        Assert.Equal(DossierStatus.Closed, dossier.Status);
    }
}
