namespace Meldcode.Application.Tests.Dossiers.AnswerWeighingQuestion;

/// <summary>Steps 4–5: the afwegingskader's questions one at a time, in order, each with its grounds; every answer returns what the framework recommends now.</summary>
public sealed class AnswerWeighingQuestionTests : SchoolTest
{
    [Fact]
    public async Task The_questions_are_asked_in_order_and_each_answer_returns_the_next_question_until_the_framework_recommends_an_outcome()
    {
        var id = await ReadyToWeighAsync();

        var afterSuspicion = await AnswerAsync(id, WeighingQuestion.Suspicion, yes: true);
        var afterSafety = await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Safety(s, acute: false, structural: false));
        var afterHelp = await AnswerAsync(id, WeighingQuestion.Help, yes: true);
        var afterAcceptance = await AnswerAsync(id, WeighingQuestion.Acceptance, yes: true);

        Assert.Equal(new Recommendation(null, WeighingQuestion.Safety), afterSuspicion);
        Assert.Equal(new Recommendation(null, WeighingQuestion.Help), afterSafety);
        Assert.Equal(new Recommendation(null, WeighingQuestion.Acceptance), afterHelp);
        Assert.Equal(new Recommendation(Outcome.HelpAndMonitor, null), afterAcceptance);
        var state = await Dossiers.StateAsync(id);
        Assert.Equal(
            [WeighingQuestion.Suspicion, WeighingQuestion.Safety, WeighingQuestion.Help, WeighingQuestion.Acceptance],
            state.Dossier.WeighingAnswers.Select(a => a.Question));
        Assert.Equal(NextActionKind.Decide, state.Dossier.PendingAction);
    }

    [Theory]
    [InlineData(false, null, null, null, null, Outcome.Close)]
    [InlineData(true, true, false, null, null, Outcome.ReportAndHelp)]
    [InlineData(true, false, true, null, null, Outcome.ReportAndHelp)]
    [InlineData(true, false, false, false, null, Outcome.Report)]
    [InlineData(true, false, false, true, false, Outcome.Report)]
    [InlineData(true, false, false, true, true, Outcome.HelpAndMonitor)]
    public async Task The_answer_that_ends_the_path_returns_the_recommended_outcome(bool suspicion, bool? acute, bool? structural, bool? canHelp, bool? accepted, Outcome expected)
    {
        var id = await ReadyToWeighAsync();

        var recommendation = await AnswerAsync(id, WeighingQuestion.Suspicion, suspicion);
        if (acute is { } isAcute && structural is { } isStructural)
        {
            recommendation = await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Safety(s, isAcute, isStructural));
        }

        if (canHelp is { } help)
        {
            recommendation = await AnswerAsync(id, WeighingQuestion.Help, help);
        }

        if (accepted is { } acceptance)
        {
            recommendation = await AnswerAsync(id, WeighingQuestion.Acceptance, acceptance);
        }

        Assert.Equal(new Recommendation(expected, null), recommendation);
        Assert.Equal(expected, (await Dossiers.StateAsync(id)).Dossier.Recommendation.Outcome);
    }

    [Fact]
    public async Task An_answer_is_saved_with_its_rationale_and_written_to_the_chronology_with_what_comes_next()
    {
        var id = await ReadyToWeighAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, true) with { Rationale = "  De blauwe plek en wat Noor zei.  " });

        var state = await Dossiers.StateAsync(id);
        var answer = Assert.Single(state.Dossier.WeighingAnswers);
        Assert.Equal((WeighingQuestion.Suspicion, true, "De blauwe plek en wat Noor zei.", School.Owner.Id), (answer.Question, answer.Yes, answer.Rationale, answer.AnsweredBy));
        Assert.True(answer.IsCurrent);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.WeighingAnswered, entry.Kind);
        Assert.Equal("Anouk Jansen", entry.ActorName);
        Assert.Equal(
            string.Join(Environment.NewLine, "Vraag 1: vermoeden: ja.", "Onderbouwing: De blauwe plek en wat Noor zei.", "Volgende: vraag 2: veiligheid."),
            entry.Summary);
    }

    [Fact]
    public async Task The_safety_answer_is_yes_when_there_is_acute_or_structural_unsafety_whatever_yes_says()
    {
        var id = await ReadyToWeighAsync();
        await AnswerAsync(id, WeighingQuestion.Suspicion, yes: true);

        var recommendation = await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Safety(s, acute: true, structural: false) with { Yes = false });

        Assert.Equal(new Recommendation(Outcome.ReportAndHelp, null), recommendation);
        var state = await Dossiers.StateAsync(id);
        var answer = state.Dossier.WeighingAnswers[^1];
        Assert.Equal((true, true, false), (answer.Yes, answer.AcuteUnsafety, answer.StructuralUnsafety));
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Vraag 2: veiligheid: acute onveiligheid: ja, structurele onveiligheid: nee.",
                $"Onderbouwing: {ValidCommands.Rationale}",
                "Het afwegingskader raadt aan: melden bij Veilig Thuis, en blijven helpen waar je kunt."),
            state.Dossier.Chronology[^1].Summary);
    }

    [Fact]
    public async Task Answering_an_earlier_question_again_replaces_it_and_sets_aside_the_answers_after_it()
    {
        var id = await ReadyToWeighAsync();
        await Dossiers.WeighTowardsAsync(id, Outcome.HelpAndMonitor);

        var recommendation = await AnswerAsync(id, WeighingQuestion.Suspicion, yes: false);

        Assert.Equal(new Recommendation(Outcome.Close, null), recommendation);
        var state = await Dossiers.StateAsync(id);
        Assert.Equal(5, state.Dossier.WeighingAnswers.Count);
        var current = Assert.Single(state.Dossier.WeighingAnswers, a => a.IsCurrent);
        Assert.Equal((WeighingQuestion.Suspicion, false), (current.Question, current.Yes));
        Assert.Equal(new WeighingAnswers(Suspicion: false), state.Dossier.CurrentAnswers);
        Assert.StartsWith("Vraag 1: vermoeden (opnieuw beantwoord): nee.", state.Dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weighing_before_the_steps_before_it_are_done_is_refused_and_saves_nothing()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        var before = await Dossiers.StateAsync(id);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Dossiers.SendAsync(School.Owner, ValidCommands.Answer(before, WeighingQuestion.Suspicion, true)));

        Assert.StartsWith("Je kunt nog niet wegen: ", refused.Message, StringComparison.Ordinal);
        var after = await Dossiers.StateAsync(id);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Dossier.WeighingAnswers);
    }

    [Fact]
    public async Task A_question_answered_before_its_turn_is_refused()
    {
        var id = await ReadyToWeighAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Answer(s, WeighingQuestion.Help, true));

        Assert.Equal("Beantwoord de vragen op volgorde: eerst vraag 1: vermoeden.", rule);
    }

    [Fact]
    public async Task Once_the_framework_recommends_an_outcome_the_questions_after_it_are_refused()
    {
        var id = await ReadyToWeighAsync();
        await AnswerAsync(id, WeighingQuestion.Suspicion, yes: false);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Safety(s, acute: true, structural: true));

        Assert.Equal("Deze vraag hoort niet meer bij de weging: het afwegingskader heeft al een uitkomst.", rule);
    }

    [Fact]
    public async Task After_the_decision_the_weighing_is_closed()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, false));

        Assert.Equal("Er is al een besluit genomen; de weging is afgerond. Een vergissing herstel je met een correctie in de tijdlijn.", rule);
    }

    [Fact]
    public async Task Question_5_is_answered_at_the_evaluation_of_the_help_not_here()
    {
        Assert.Equal(
            ["Vraag 5 beantwoord je bij de evaluatie."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Answer(s, WeighingQuestion.Result, true)));
    }

    [Fact]
    public async Task A_question_the_afwegingskader_does_not_have_is_refused_in_Dutch()
    {
        Assert.Equal(
            ["Kies een vraag van het afwegingskader."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Answer(s, (WeighingQuestion)99, true)));
    }

    [Theory]
    [InlineData(WeighingQuestion.Suspicion)]
    [InlineData(WeighingQuestion.Help)]
    [InlineData(WeighingQuestion.Acceptance)]
    public async Task Questions_1_3_and_4_need_a_yes_or_no(WeighingQuestion question)
    {
        Assert.Equal(
            ["Kies ja of nee."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Answer(s, question, true) with { Yes = null }));
    }

    [Theory]
    [InlineData(null, false, "Kies of er acute onveiligheid is.")]
    [InlineData(false, null, "Kies of er structurele onveiligheid is.")]
    [InlineData(null, null, "Kies of er acute onveiligheid is.", "Kies of er structurele onveiligheid is.")]
    public async Task The_safety_question_needs_both_acute_and_structural_unsafety_answered(bool? acute, bool? structural, params string[] messages)
    {
        Assert.Equal(
            messages,
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Safety(s, false, false) with { AcuteUnsafety = acute, StructuralUnsafety = structural }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" \n ")]
    public async Task Every_answer_needs_a_rationale(string? rationale)
    {
        Assert.Equal(
            ["Vul je onderbouwing in."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, true) with { Rationale = rationale }));
    }

    [Fact]
    public async Task A_rationale_longer_than_ten_thousand_characters_is_refused()
    {
        Assert.Equal(
            ["Je onderbouwing mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, true) with { Rationale = new string('a', 10_001) }));
    }

    private async Task<Guid> ReadyToWeighAsync()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        return id;
    }

    private Task<Recommendation> AnswerAsync(Guid id, WeighingQuestion question, bool yes) =>
        Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Answer(s, question, yes));
}
