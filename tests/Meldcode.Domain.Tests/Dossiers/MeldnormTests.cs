using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;


namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>Rules that keep the record honest around reporting: no decision while a step is missing, no closing while a report is due, nothing recorded twice.</summary>
public sealed class MeldnormTests
{
    [Fact]
    public void A_decision_is_refused_while_a_required_expert_consultation_is_missing()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.HelpAndMonitor).WithSignal(SignalCategory.HonourRelatedViolence).Build();
        var entries = dossier.Chronology.Count;

        var error = Assert.Throws<DomainException>(() => dossier.Decide(Outcome.HelpAndMonitor, DossierBuilder.Rationale, null, People.Owner, Clock.Now));

        Assert.StartsWith("Je kunt nog niet besluiten: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Dossier.Explain(WeighingBlocker.ExpertConsultationMissing), error.Message, StringComparison.Ordinal);
        Assert.Null(dossier.Decision);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Fact]
    public void Without_any_consultation_a_special_form_of_abuse_points_to_the_expert_first()
    {
        var dossier = DossierBuilder.Open().WithSignal(SignalCategory.FemaleGenitalMutilation).Build();

        Assert.Contains(WeighingBlocker.NoConsultation, dossier.WeighingBlockers);
        Assert.Contains(WeighingBlocker.ExpertConsultationMissing, dossier.WeighingBlockers);
        Assert.Equal(NextActionKind.ConsultExpert, dossier.NextActionOn(Clock.Today).Kind);
    }

    [Fact]
    public void A_dossier_with_a_report_due_cannot_be_closed()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var error = Assert.Throws<DomainException>(() => dossier.Close("Klaar.", People.Owner, Clock.Now));

        Assert.Contains("melding bij Veilig Thuis", error.Message, StringComparison.Ordinal);
        Assert.False(dossier.IsClosed);
    }

    [Fact]
    public void A_successful_evaluation_does_not_close_the_dossier_while_the_decided_report_is_missing()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.ReportAndHelp).WithHelp(Clock.Today.AddDays(7)).Build();
        var evaluating = () => dossier.Evaluate(true, DossierBuilder.Rationale, "Maandelijks contact met moeder.", People.Owner, Clock.DaysLater(8));

        Assert.Throws<DomainException>(evaluating);
        Assert.False(dossier.IsClosed);
        Assert.NotNull(dossier.ActiveHelpPlan);

        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.DaysLater(8));
        evaluating();
        Assert.True(dossier.IsClosed);
    }

    [Fact]
    public void Veilig_Thuis_feedback_is_recorded_once()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build();
        var report = Assert.Single(dossier.Reports);
        dossier.RecordVeiligThuisFeedback(report.Id, VeiligThuisFeedback.TakenOn, Clock.Today, null, People.Owner, Clock.Now);

        Assert.Throws<DomainException>(() => dossier.RecordVeiligThuisFeedback(report.Id, VeiligThuisFeedback.NotTakenOn, Clock.Today, null, People.Owner, Clock.Now));
        Assert.Equal(VeiligThuisFeedback.TakenOn, report.Feedback);
    }

    [Fact]
    public void Terms_inside_a_chronology_sentence_keep_their_proper_names()
    {
        Assert.Equal("melden bij Veilig Thuis", DutchTerms.InSentence(DutchTerms.For(Outcome.Report)));
    }
}
