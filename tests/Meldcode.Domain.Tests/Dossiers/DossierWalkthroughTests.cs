using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>Walks a dossier from opening to each outcome, checking the steps and the next action on the way.</summary>
public sealed class DossierWalkthroughTests
{
    private const StepState NotStarted = StepState.NotStarted;
    private const StepState InProgress = StepState.InProgress;
    private const StepState Done = StepState.Done;

    private readonly Dossier _dossier = DossierBuilder.Open().Build();

    [Fact]
    public void The_steps_are_the_five_steps_of_the_meldcode_in_order()
    {
        Assert.Equal(
            [MeldcodeStep.Signals, MeldcodeStep.Consultation, MeldcodeStep.Conversation, MeldcodeStep.Weighing, MeldcodeStep.Decision],
            _dossier.Steps(Clock.Today).Select(s => s.Step));
    }

    [Fact]
    public void A_dossier_without_a_suspicion_ends_closed()
    {
        WalkToTheWeighing();

        Answer(WeighingQuestion.Suspicion, false);
        Expect([Done, Done, Done, Done, NotStarted], NextActionKind.Decide);

        _dossier.Decide(Outcome.Close, "Geen vermoeden: de plek kwam van een val tijdens de gymles.", null, People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, Done], NextActionKind.None);
        Assert.Equal(DossierStatus.Closed, _dossier.Status);
    }

    [Fact]
    public void A_dossier_where_help_is_not_possible_ends_reported()
    {
        WalkToTheWeighing();

        Answer(WeighingQuestion.Suspicion, true);
        Expect([Done, Done, Done, InProgress, NotStarted], NextActionKind.AnswerWeighingQuestion, WeighingQuestion.Safety);
        _dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Expect([Done, Done, Done, InProgress, NotStarted], NextActionKind.AnswerWeighingQuestion, WeighingQuestion.Help);
        Answer(WeighingQuestion.Help, false);
        Expect([Done, Done, Done, Done, NotStarted], NextActionKind.Decide);

        _dossier.Decide(Outcome.Report, "Wij kunnen deze hulp niet bieden.", null, People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, InProgress], NextActionKind.RecordReport);

        _dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, Done], NextActionKind.RecordVeiligThuisFeedback);
        Assert.Equal(DossierStatus.Reported, _dossier.Status);

        _dossier.RecordVeiligThuisFeedback(_dossier.Reports[0].Id, VeiligThuisFeedback.TakenOn, Clock.Today, null, People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, Done], NextActionKind.CloseDossier);

        _dossier.Close("Veilig Thuis heeft de zorg overgenomen.", People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, Done], NextActionKind.None);
        Assert.Equal(DossierStatus.Closed, _dossier.Status);
    }

    [Fact]
    public void A_dossier_where_help_works_ends_closed_after_the_evaluation()
    {
        var evaluationDate = Clock.Today.AddDays(42);
        WalkToTheWeighing();
        WeighToHelp();

        _dossier.Decide(Outcome.HelpAndMonitor, "Ouders willen hulp van het wijkteam.", null, People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, InProgress], NextActionKind.RecordHelp);
        Assert.Equal(DossierStatus.Open, _dossier.Status);

        _dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam Oost", evaluationDate, People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, InProgress], NextActionKind.AwaitEvaluation);
        Assert.Equal(evaluationDate, _dossier.NextActionOn(Clock.Today).Date);
        Assert.Equal(DossierStatus.Monitoring, _dossier.Status);
        Assert.Equal(NextActionKind.Evaluate, _dossier.NextActionOn(evaluationDate).Kind);
        Assert.Equal(InProgress, _dossier.StateOf(MeldcodeStep.Decision, evaluationDate));

        _dossier.Evaluate(true, "Daan is weer vrolijk.", "De mentor vraagt maandelijks hoe het gaat.", People.Owner, Clock.DaysLater(42));
        Expect([Done, Done, Done, Done, Done], NextActionKind.None, on: evaluationDate);
        Assert.Equal(DossierStatus.Closed, _dossier.Status);
    }

    [Fact]
    public void A_dossier_where_help_does_not_work_ends_reported_after_the_evaluation()
    {
        var evaluationDate = Clock.Today.AddDays(42);
        WalkToTheWeighing();
        WeighToHelp();
        _dossier.Decide(Outcome.HelpAndMonitor, "Ouders willen hulp van het wijkteam.", null, People.Owner, Clock.Now);
        _dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam Oost", evaluationDate, People.Owner, Clock.Now);
        Expect([Done, Done, Done, Done, InProgress], NextActionKind.Evaluate, on: evaluationDate);

        _dossier.Evaluate(false, "Daan komt nog steeds met honger op school.", null, People.Owner, Clock.DaysLater(42));
        Expect([Done, Done, Done, Done, InProgress], NextActionKind.RecordReport, on: evaluationDate);
        Assert.True(_dossier.IsReportDue);

        _dossier.RecordReport(Inputs.Report() with { ReportedOn = evaluationDate }, People.Owner, Clock.DaysLater(42));
        Expect([Done, Done, Done, Done, Done], NextActionKind.RecordVeiligThuisFeedback, on: evaluationDate);
        Assert.Equal(DossierStatus.Reported, _dossier.Status);

        _dossier.RecordVeiligThuisFeedback(_dossier.Reports[0].Id, VeiligThuisFeedback.TakenOn, evaluationDate, null, People.Owner, Clock.DaysLater(42));
        Expect([Done, Done, Done, Done, Done], NextActionKind.CloseDossier, on: evaluationDate);
    }

    [Fact]
    public void Skipping_the_conversation_shows_as_skipped_with_the_reason()
    {
        _dossier.RecordSignal(Inputs.Signal(), People.Owner, Clock.Now);
        _dossier.RecordConsultation(Inputs.Consultation(), People.Owner, Clock.Now);

        _dossier.SkipConversation(ConversationSkipReason.ProfessionalSafety, "Vader heeft de leerkracht eerder bedreigd.", People.Owner, Clock.Now);

        var step = _dossier.Steps(Clock.Today).Single(s => s.Step == MeldcodeStep.Conversation);
        Assert.Equal(StepState.Skipped, step.State);
        Assert.Equal("Mijn eigen veiligheid als professional", step.Note);
        Assert.Equal(ConversationSkipReason.ProfessionalSafety, _dossier.ConversationSkipReason);
        Assert.Equal("Vader heeft de leerkracht eerder bedreigd.", _dossier.ConversationSkipExplanation);
        Assert.Equal(new NextAction(NextActionKind.AnswerWeighingQuestion, WeighingQuestion.Suspicion), _dossier.NextActionOn(Clock.Today));
    }

    [Fact]
    public void The_signal_step_counts_the_signals()
    {
        _dossier.RecordSignal(Inputs.Signal(), People.Owner, Clock.Now);
        Assert.Equal("1 signaal", _dossier.Steps(Clock.Today)[0].Note);

        _dossier.RecordSignal(Inputs.Signal(SignalCategory.ContraIndication), People.Owner, Clock.Now);
        Assert.Equal("2 signalen", _dossier.Steps(Clock.Today)[0].Note);
    }

    private void WalkToTheWeighing()
    {
        Expect([NotStarted, NotStarted, NotStarted, NotStarted, NotStarted], NextActionKind.RecordSignal);

        _dossier.RecordSignal(Inputs.Signal(), People.Owner, Clock.Now);
        Expect([Done, NotStarted, NotStarted, NotStarted, NotStarted], NextActionKind.Consult);

        _dossier.RecordConsultation(Inputs.Consultation(), People.Owner, Clock.Now);
        Expect([Done, Done, NotStarted, NotStarted, NotStarted], NextActionKind.HaveConversation);

        _dossier.RecordConversation(Inputs.Conversation(), People.Owner, Clock.Now);
        Expect([Done, Done, Done, NotStarted, NotStarted], NextActionKind.AnswerWeighingQuestion, WeighingQuestion.Suspicion);
    }

    private void WeighToHelp()
    {
        Answer(WeighingQuestion.Suspicion, true);
        _dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Answer(WeighingQuestion.Help, true);
        Expect([Done, Done, Done, InProgress, NotStarted], NextActionKind.AnswerWeighingQuestion, WeighingQuestion.Acceptance);
        Answer(WeighingQuestion.Acceptance, true);
        Expect([Done, Done, Done, Done, NotStarted], NextActionKind.Decide);
        Assert.Equal(Outcome.HelpAndMonitor, _dossier.Recommendation.Outcome);
    }

    private void Answer(WeighingQuestion question, bool yes) =>
        _dossier.AnswerWeighingQuestion(question, yes, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);

    private void Expect(StepState[] steps, NextActionKind next, WeighingQuestion? question = null, DateOnly? on = null)
    {
        var today = on ?? Clock.Today;
        Assert.Equal(steps, _dossier.StepStates(today));
        var action = _dossier.NextActionOn(today);
        Assert.Equal(next, action.Kind);
        Assert.Equal(question, action.Question);
    }
}
