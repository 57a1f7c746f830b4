using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class WeighingTests
{
    private static readonly SignalCategory[][] SignalSets =
    [
        [],
        [SignalCategory.PhysicalAbuse],
        [SignalCategory.FemaleGenitalMutilation],
        [SignalCategory.HonourRelatedViolence],
        [SignalCategory.WitnessingDomesticViolence, SignalCategory.FemaleGenitalMutilation],
        [SignalCategory.ContraIndication],
    ];

    private static readonly ConsultationKind[][] ConsultationSets =
    [
        [],
        [ConsultationKind.Colleague],
        [ConsultationKind.SafeguardingLead],
        [ConsultationKind.OtherExpert],
        [ConsultationKind.InjuryExpert],
        [ConsultationKind.VeiligThuisAdvice],
        [ConsultationKind.Colleague, ConsultationKind.OtherExpert],
    ];

    public static TheoryData<SignalCategory[], ConsultationKind[], ConversationState> EveryBlockerCombination
    {
        get
        {
            var data = new TheoryData<SignalCategory[], ConsultationKind[], ConversationState>();
            foreach (var signals in SignalSets)
            {
                foreach (var consultations in ConsultationSets)
                {
                    foreach (var conversation in Enum.GetValues<ConversationState>())
                    {
                        data.Add(signals, consultations, conversation);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryBlockerCombination))]
    public void The_blockers_name_exactly_what_is_missing_before_weighing(SignalCategory[] signals, ConsultationKind[] consultations, ConversationState conversation)
    {
        var dossier = Arrange(signals, consultations, conversation);

        Assert.Equal(ExpectedBlockers(signals, consultations, conversation), dossier.WeighingBlockers);
    }

    [Theory]
    [MemberData(nameof(EveryBlockerCombination))]
    public void Answering_is_refused_while_blocked_and_the_refusal_says_what_is_missing(SignalCategory[] signals, ConsultationKind[] consultations, ConversationState conversation)
    {
        var dossier = Arrange(signals, consultations, conversation);
        var expected = ExpectedBlockers(signals, consultations, conversation);
        var entries = dossier.Chronology.Count;

        var answering = () => dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);

        if (expected.Count == 0)
        {
            answering();
            Assert.True(Assert.Single(dossier.WeighingAnswers).Yes);
            return;
        }

        var error = Assert.Throws<DomainException>(answering);
        Assert.StartsWith("Je kunt nog niet wegen: ", error.Message, StringComparison.Ordinal);
        foreach (var blocker in Enum.GetValues<WeighingBlocker>())
        {
            Assert.Equal(expected.Contains(blocker), error.Message.Contains(Dossier.Explain(blocker), StringComparison.Ordinal));
        }

        Assert.Empty(dossier.WeighingAnswers);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Fact]
    public void Every_blocker_has_an_explanation_that_names_its_step()
    {
        Assert.Contains("(stap 1)", Dossier.Explain(WeighingBlocker.NoSignal), StringComparison.Ordinal);
        Assert.Contains("(stap 2)", Dossier.Explain(WeighingBlocker.NoConsultation), StringComparison.Ordinal);
        Assert.Contains("(stap 2)", Dossier.Explain(WeighingBlocker.ExpertConsultationMissing), StringComparison.Ordinal);
        Assert.Contains("(stap 3)", Dossier.Explain(WeighingBlocker.ConversationNotDoneOrSkipped), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignalCategory.FemaleGenitalMutilation)]
    [InlineData(SignalCategory.HonourRelatedViolence)]
    public void A_special_form_of_violence_asks_for_an_expert_before_weighing(SignalCategory category)
    {
        var dossier = DossierBuilder.ReadyToWeigh().WithSignal(category).Build();

        Assert.True(dossier.RequiresExpertConsultation);
        Assert.Equal([WeighingBlocker.ExpertConsultationMissing], dossier.WeighingBlockers);
        Assert.Equal(NextActionKind.ConsultExpert, dossier.NextActionOn(Clock.Today).Kind);
        Assert.Equal(StepState.InProgress, dossier.StateOf(MeldcodeStep.Consultation, Clock.Today));
    }

    [Fact]
    public void A_ready_dossier_asks_for_the_first_question()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();

        Assert.Empty(dossier.WeighingBlockers);
        Assert.Equal(new NextAction(NextActionKind.AnswerWeighingQuestion, WeighingQuestion.Suspicion), dossier.NextActionOn(Clock.Today));
    }

    [Theory]
    [InlineData(WeighingQuestion.Safety)]
    [InlineData(WeighingQuestion.Help)]
    [InlineData(WeighingQuestion.Acceptance)]
    public void Questions_after_the_first_cannot_be_answered_before_it(WeighingQuestion question)
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();

        var error = Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(question, true, false, false, DossierBuilder.Rationale, People.Owner, Clock.Now));

        Assert.Equal("Beantwoord de vragen op volgorde: eerst vraag 1: vermoeden.", error.Message);
        Assert.Empty(dossier.WeighingAnswers);
    }

    [Fact]
    public void Question_three_cannot_be_answered_before_question_two()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Answer(WeighingQuestion.Suspicion, true).Build();

        var error = Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Help, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now));

        Assert.Equal("Beantwoord de vragen op volgorde: eerst vraag 2: veiligheid.", error.Message);
    }

    [Fact]
    public void Question_four_cannot_be_answered_before_question_three()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Answer(WeighingQuestion.Suspicion, true).AnswerSafety(false, false).Build();

        var error = Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Acceptance, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now));

        Assert.Equal("Beantwoord de vragen op volgorde: eerst vraag 3: hulp.", error.Message);
    }

    [Fact]
    public void A_question_beyond_the_end_of_the_path_cannot_be_answered()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Answer(WeighingQuestion.Suspicion, false).Build();

        var error = Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, DossierBuilder.Rationale, People.Owner, Clock.Now));

        Assert.Equal("Deze vraag hoort niet meer bij de weging: het afwegingskader heeft al een uitkomst.", error.Message);
    }

    [Fact]
    public void Answering_the_questions_in_order_moves_the_next_action_along()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(WeighingQuestion.Safety, dossier.NextActionOn(Clock.Today).Question);

        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(WeighingQuestion.Help, dossier.NextActionOn(Clock.Today).Question);

        dossier.AnswerWeighingQuestion(WeighingQuestion.Help, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(WeighingQuestion.Acceptance, dossier.NextActionOn(Clock.Today).Question);

        dossier.AnswerWeighingQuestion(WeighingQuestion.Acceptance, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(new NextAction(NextActionKind.Decide), dossier.NextActionOn(Clock.Today));
        Assert.Equal(new WeighingAnswers(true, false, false, true, true), dossier.CurrentAnswers);
        Assert.Equal(Outcome.HelpAndMonitor, dossier.Recommendation.Outcome);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public void The_answer_to_question_two_is_yes_when_either_part_is_yes_whatever_was_passed(bool acute, bool structural, bool expectedYes)
    {
        var dossier = DossierBuilder.ReadyToWeigh().Answer(WeighingQuestion.Suspicion, true).Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, !expectedYes, acute, structural, DossierBuilder.Rationale, People.Owner, Clock.Now);

        var answer = dossier.CurrentAnswerTo(WeighingQuestion.Safety)!;
        Assert.Equal(expectedYes, answer.Yes);
        Assert.Equal(acute, answer.AcuteUnsafety);
        Assert.Equal(structural, answer.StructuralUnsafety);
    }

    [Fact]
    public void The_parts_of_question_two_are_not_kept_on_other_questions()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, true, true, DossierBuilder.Rationale, People.Owner, Clock.Now);

        var answer = dossier.CurrentAnswerTo(WeighingQuestion.Suspicion)!;
        Assert.Null(answer.AcuteUnsafety);
        Assert.Null(answer.StructuralUnsafety);
        Assert.Equal(WeighingQuestion.Safety, dossier.Recommendation.NextQuestion);
    }

    [Fact]
    public void Question_five_is_answered_at_the_evaluation_not_in_the_weighing()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.HelpAndMonitor).Build();

        var error = Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Result, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now));

        Assert.Equal("Vraag 5 beantwoord je bij de evaluatie van de hulp.", error.Message);
        Assert.DoesNotContain(dossier.WeighingAnswers, a => a.Question == WeighingQuestion.Result);
    }

    [Fact]
    public void An_answer_keeps_its_rationale_who_gave_it_and_when()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();
        var at = Clock.Now.AddMinutes(5);

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, "  Drie signalen in twee weken.  ", People.Colleague, at);

        var answer = Assert.Single(dossier.WeighingAnswers);
        Assert.Equal(WeighingQuestion.Suspicion, answer.Question);
        Assert.Equal("Drie signalen in twee weken.", answer.Rationale);
        Assert.Equal(People.Colleague.UserId, answer.AnsweredBy);
        Assert.Equal(at, answer.AnsweredAt);
        Assert.True(answer.IsCurrent);
        Assert.Null(answer.SupersededAt);
    }

    [Fact]
    public void Re_answering_an_earlier_question_sets_aside_the_later_answers_but_keeps_them()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.HelpAndMonitor).Build();
        var before = dossier.WeighingAnswers.ToList();
        var entries = dossier.Chronology.Count;
        var later = Clock.Now.AddHours(2);

        dossier.AnswerWeighingQuestion(WeighingQuestion.Help, false, null, null, "Het wijkteam heeft een wachtlijst van een half jaar.", People.Owner, later);

        Assert.Equal(5, dossier.WeighingAnswers.Count);
        Assert.Equal(before, dossier.WeighingAnswers.Take(4));
        Assert.True(dossier.CurrentAnswerTo(WeighingQuestion.Suspicion)!.IsCurrent);
        Assert.Same(before[0], dossier.CurrentAnswerTo(WeighingQuestion.Suspicion));
        Assert.Same(before[1], dossier.CurrentAnswerTo(WeighingQuestion.Safety));
        Assert.Equal(later, before[2].SupersededAt);
        Assert.Equal(later, before[3].SupersededAt);
        Assert.Null(dossier.CurrentAnswerTo(WeighingQuestion.Acceptance));
        Assert.False(dossier.CurrentAnswerTo(WeighingQuestion.Help)!.Yes);
        Assert.Equal(new WeighingAnswers(true, false, false, false, null), dossier.CurrentAnswers);
        Assert.Equal(Outcome.Report, dossier.Recommendation.Outcome);

        Assert.Equal(entries + 1, dossier.Chronology.Count);
        var entry = dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.WeighingAnswered, entry.Kind);
        Assert.Contains("Vraag 3: hulp (opnieuw beantwoord): nee.", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("Het wijkteam heeft een wachtlijst van een half jaar.", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Re_answering_question_one_with_no_sets_aside_every_later_answer_and_recommends_closing()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, false, null, null, "Het bleek een ongeluk met de fiets; de huisarts bevestigt het.", People.Owner, Clock.Now.AddDays(1));

        Assert.Equal(4, dossier.WeighingAnswers.Count);
        Assert.Equal(3, dossier.WeighingAnswers.Count(a => !a.IsCurrent));
        Assert.Equal(new WeighingAnswers(false), dossier.CurrentAnswers);
        Assert.Equal(Outcome.Close, dossier.Recommendation.Outcome);
        Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Help, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now.AddDays(1)));
    }

    [Fact]
    public void Re_answering_question_two_reopens_question_three()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, "Opnieuw bekeken.", People.Owner, Clock.Now);

        Assert.Equal(WeighingQuestion.Help, dossier.Recommendation.NextQuestion);
        dossier.AnswerWeighingQuestion(WeighingQuestion.Help, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(WeighingQuestion.Acceptance, dossier.Recommendation.NextQuestion);
        Assert.Equal(2, dossier.WeighingAnswers.Count(a => a.Question == WeighingQuestion.Help));
    }

    [Fact]
    public void Re_answering_the_last_question_sets_aside_only_its_own_earlier_answer()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.HelpAndMonitor).Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Acceptance, false, null, null, "Vader wil toch niet meewerken.", People.Owner, Clock.Now);

        Assert.Single(dossier.WeighingAnswers, a => !a.IsCurrent);
        Assert.Equal(WeighingQuestion.Acceptance, dossier.WeighingAnswers.Single(a => !a.IsCurrent).Question);
        Assert.Equal(Outcome.Report, dossier.Recommendation.Outcome);
    }

    [Fact]
    public void Answering_turns_the_weighing_step_from_not_started_to_in_progress_to_done()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();
        Assert.Equal(StepState.NotStarted, dossier.StateOf(MeldcodeStep.Weighing, Clock.Today));

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(StepState.InProgress, dossier.StateOf(MeldcodeStep.Weighing, Clock.Today));

        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, true, true, false, DossierBuilder.Rationale, People.Owner, Clock.Now);
        Assert.Equal(StepState.Done, dossier.StateOf(MeldcodeStep.Weighing, Clock.Today));
        Assert.Equal(DutchTerms.For(Outcome.ReportAndHelp), dossier.Steps(Clock.Today).Single(s => s.Step == MeldcodeStep.Weighing).Note);
    }

    [Fact]
    public void No_question_can_be_answered_after_the_decision()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        var error = Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, false, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now));

        Assert.Equal("Er is al een besluit genomen; de weging is afgerond. Een vergissing herstel je met een correctie in de tijdlijn.", error.Message);
        Assert.All(dossier.WeighingAnswers, a => Assert.True(a.IsCurrent));
    }

    private static Dossier Arrange(SignalCategory[] signals, ConsultationKind[] consultations, ConversationState conversation)
    {
        var builder = DossierBuilder.Open();
        foreach (var category in signals)
        {
            builder.WithSignal(category);
        }

        foreach (var kind in consultations)
        {
            builder.WithConsultation(kind);
        }

        _ = conversation switch
        {
            ConversationState.Held => builder.WithConversation(),
            ConversationState.Skipped => builder.WithSkippedConversation(),
            _ => builder,
        };

        return builder.Build();
    }

    /// <summary>
    /// The rules of steps 1–3, one condition per blocker: a signal; a consultation; an expert
    /// consultation for VGV and honour-related violence (asked for once some consultation exists —
    /// until then the missing consultation is the one blocker of step 2); a conversation or the
    /// reason it was skipped.
    /// </summary>
    private static List<WeighingBlocker> ExpectedBlockers(SignalCategory[] signals, ConsultationKind[] consultations, ConversationState conversation)
    {
        var specialForm = signals.Intersect([SignalCategory.FemaleGenitalMutilation, SignalCategory.HonourRelatedViolence]).Any();
        var expertConsulted = consultations.Contains(ConsultationKind.OtherExpert);
        var blockers = new List<WeighingBlocker>();
        if (signals.Length == 0)
        {
            blockers.Add(WeighingBlocker.NoSignal);
        }

        if (consultations.Length == 0)
        {
            blockers.Add(WeighingBlocker.NoConsultation);
        }

        if (specialForm && !expertConsulted)
        {
            blockers.Add(WeighingBlocker.ExpertConsultationMissing);
        }

        if (conversation == ConversationState.NotYet)
        {
            blockers.Add(WeighingBlocker.ConversationNotDoneOrSkipped);
        }

        return blockers;
    }
}
