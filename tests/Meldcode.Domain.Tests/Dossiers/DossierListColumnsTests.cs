using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>
/// The columns the team overview filters and sorts on (<see cref="Dossier.CurrentStepSince"/>, <see cref="Dossier.HasReportDue"/>,
/// <see cref="Dossier.AwaitingReview"/>) stay right through every change, each change an hour after the one before.
/// </summary>
public sealed class DossierListColumnsTests
{
    private const string Rationale = DossierBuilder.Rationale;

    private static DateTimeOffset Hour(int hour) => Clock.Now.AddHours(hour);

    [Fact]
    public void A_walk_to_a_report_with_four_eyes_keeps_the_step_moment_the_report_due_and_the_review_right()
    {
        var dossier = DossierBuilder.Open().Build();
        Expect(dossier, MeldcodeStep.Signals, Clock.Now, reportDue: false, awaiting: null);

        dossier.AddComment("Moeder belde.", People.Owner, Hour(1));
        Expect(dossier, MeldcodeStep.Signals, Clock.Now, reportDue: false, awaiting: null);

        dossier.RecordSignal(Inputs.Signal(), People.Owner, Hour(2));
        Expect(dossier, MeldcodeStep.Consultation, Hour(2), reportDue: false, awaiting: null);

        dossier.RecordSignal(Inputs.Signal(SignalCategory.EmotionalNeglect), People.Owner, Hour(3));
        Expect(dossier, MeldcodeStep.Consultation, Hour(2), reportDue: false, awaiting: null);

        dossier.RecordConsultation(Inputs.Consultation(), People.Owner, Hour(4));
        Expect(dossier, MeldcodeStep.Conversation, Hour(4), reportDue: false, awaiting: null);

        dossier.RecordConversation(Inputs.Conversation(), People.Owner, Hour(5));
        Expect(dossier, MeldcodeStep.Weighing, Hour(5), reportDue: false, awaiting: null);

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, Rationale, People.Owner, Hour(6));
        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, Rationale, People.Owner, Hour(6));
        dossier.AnswerWeighingQuestion(WeighingQuestion.Help, false, null, null, Rationale, People.Owner, Hour(6));
        Assert.Equal(Outcome.Report, dossier.Recommendation.Outcome);
        var decisionStep = dossier.CurrentStep;
        var decisionSince = dossier.CurrentStepSince;

        dossier.Decide(Outcome.Report, "De hulp die wij kunnen bieden is niet genoeg.", null, People.Owner, Hour(7), ReviewRoute.TeamLeads);
        Expect(dossier, decisionStep, decisionSince, reportDue: true, awaiting: ReviewReason.Report);

        Assert.Throws<DomainException>(() => dossier.RecordReport(Inputs.Report(), People.Owner, Hour(8)));
        Expect(dossier, decisionStep, decisionSince, reportDue: true, awaiting: ReviewReason.Report);

        dossier.CoSignDecision("Goed onderbouwd.", People.Lead, Hour(9));
        Expect(dossier, decisionStep, decisionSince, reportDue: true, awaiting: null);

        dossier.RecordReport(Inputs.Report(), People.Owner, Hour(10));
        Assert.False(dossier.HasReportDue);
        Assert.Null(dossier.AwaitingReview);
        Assert.Equal(DossierStatus.Reported, dossier.Status);
    }

    [Fact]
    public void Without_four_eyes_a_decision_to_report_waits_for_no_one_but_the_report_is_due()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Decided(Outcome.Report).Build();

        Assert.True(dossier.HasReportDue);
        Assert.Null(dossier.AwaitingReview);
    }

    [Fact]
    public void A_deviating_decision_to_close_waits_for_review_on_the_closed_dossier_until_the_reviewer_disagrees()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Close, recommendation: Outcome.Report).Build();

        Assert.True(dossier.IsClosed);
        Assert.False(dossier.HasReportDue);
        Assert.Equal(ReviewReason.Deviation, dossier.AwaitingReview);

        dossier.DisagreeWithDecision("De signalen wijzen op structurele onveiligheid; sluiten is te vroeg.", People.Lead, Hour(1));

        Assert.Null(dossier.AwaitingReview);
    }

    [Fact]
    public void With_acute_danger_the_report_is_recorded_at_once_and_the_review_still_waits()
    {
        var builder = DossierBuilder.WeighedTo(Outcome.ReportAndHelp);
        var dossier = builder.Build();
        dossier.RecordEmergencyAction("112 gebeld.", "Politie (112)", Hour(1), People.Owner, Hour(1));
        dossier.Decide(Outcome.ReportAndHelp, "Acuut onveilig.", null, People.Owner, Hour(2), ReviewRoute.TeamLeads);
        Assert.True(dossier.HasReportDue);

        dossier.RecordReport(Inputs.Report(), People.Owner, Hour(3));

        Assert.False(dossier.HasReportDue);
        Assert.Equal(ReviewReason.Report, dossier.AwaitingReview);
    }

    private static void Expect(Dossier dossier, MeldcodeStep? step, DateTimeOffset since, bool reportDue, ReviewReason? awaiting)
    {
        Assert.Equal(step, dossier.CurrentStep);
        Assert.Equal(since, dossier.CurrentStepSince);
        Assert.Equal(reportDue, dossier.HasReportDue);
        Assert.Equal(awaiting, dossier.AwaitingReview);
    }
}
