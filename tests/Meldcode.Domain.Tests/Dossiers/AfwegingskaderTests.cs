using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class AfwegingskaderTests
{
    /// <summary>
    /// The paths of domain.md §3, written as patterns over the answers in the order
    /// suspicion (1), acute unsafety (2a), structural unsafety (2b), can offer help (3), help accepted (4).
    /// Y: yes, N: no, ?: not answered, A: answered (yes or no), *: anything.
    /// Together the paths cover every combination of answers exactly once.
    /// </summary>
    private static readonly (string Pattern, Recommendation Expected)[] Paths =
    [
        ("? * * * *", Next(WeighingQuestion.Suspicion)),
        ("N * * * *", Ends(Outcome.Close)),
        ("Y ? * * *", Next(WeighingQuestion.Safety)),
        ("Y A ? * *", Next(WeighingQuestion.Safety)),
        ("Y Y A * *", Ends(Outcome.ReportAndHelp)),
        ("Y N Y * *", Ends(Outcome.ReportAndHelp)),
        ("Y N N ? *", Next(WeighingQuestion.Help)),
        ("Y N N N *", Ends(Outcome.Report)),
        ("Y N N Y ?", Next(WeighingQuestion.Acceptance)),
        ("Y N N Y N", Ends(Outcome.Report)),
        ("Y N N Y Y", Ends(Outcome.HelpAndMonitor)),
    ];

    private static readonly bool?[] PossibleAnswers = [null, true, false];

    /// <summary>
    /// Every decision against every recommendation: whether it deviates (needs a justification, flagged for the
    /// aandachtsfunctionaris) and whether advice goes with it. When the framework says "report", any decision that
    /// reports meets the meldnorm; a plain report after "report, and keep helping" carries the advice to keep helping.
    /// </summary>
    private static readonly (Outcome Recommended, Outcome Decided, bool Deviates, bool KeepHelpingAdvice)[] Decisions =
    [
        (Outcome.Close, Outcome.Close, false, false),
        (Outcome.Close, Outcome.Report, true, false),
        (Outcome.Close, Outcome.HelpAndMonitor, true, false),
        (Outcome.Close, Outcome.ReportAndHelp, true, false),
        (Outcome.Report, Outcome.Close, true, false),
        (Outcome.Report, Outcome.Report, false, false),
        (Outcome.Report, Outcome.HelpAndMonitor, true, false),
        (Outcome.Report, Outcome.ReportAndHelp, false, false),
        (Outcome.HelpAndMonitor, Outcome.Close, true, false),
        (Outcome.HelpAndMonitor, Outcome.Report, true, false),
        (Outcome.HelpAndMonitor, Outcome.HelpAndMonitor, false, false),
        (Outcome.HelpAndMonitor, Outcome.ReportAndHelp, true, false),
        (Outcome.ReportAndHelp, Outcome.Close, true, false),
        (Outcome.ReportAndHelp, Outcome.Report, false, true),
        (Outcome.ReportAndHelp, Outcome.HelpAndMonitor, true, false),
        (Outcome.ReportAndHelp, Outcome.ReportAndHelp, false, false),
    ];

    public static TheoryData<Outcome, Outcome, bool, bool> EveryDecisionAgainstEveryRecommendation
    {
        get
        {
            var data = new TheoryData<Outcome, Outcome, bool, bool>();
            foreach (var row in Decisions)
            {
                data.Add(row.Recommended, row.Decided, row.Deviates, row.KeepHelpingAdvice);
            }

            return data;
        }
    }

    public static TheoryData<bool?, bool?, bool?, bool?, bool?> EveryCombinationOfAnswers
    {
        get
        {
            var data = new TheoryData<bool?, bool?, bool?, bool?, bool?>();
            foreach (var answers in AllCombinations())
            {
                data.Add(answers[0], answers[1], answers[2], answers[3], answers[4]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryCombinationOfAnswers))]
    public void The_recommendation_follows_the_path_the_answers_take(bool? suspicion, bool? acute, bool? structural, bool? canOfferHelp, bool? helpAccepted)
    {
        var expected = ExpectedFor([suspicion, acute, structural, canOfferHelp, helpAccepted]);

        var recommendation = Afwegingskader.Recommend(new WeighingAnswers(suspicion, acute, structural, canOfferHelp, helpAccepted));

        Assert.Equal(expected, recommendation);
        Assert.Equal(expected.Outcome is not null, recommendation.IsComplete);
    }

    [Fact]
    public void The_table_of_paths_covers_every_combination_exactly_once()
    {
        var combinations = AllCombinations().ToList();

        Assert.Equal(243, combinations.Count);
        Assert.All(combinations, answers => Assert.Single(Paths, path => Fits(path.Pattern, answers)));
    }

    [Fact]
    public void Each_recommendation_is_reached_by_the_expected_number_of_combinations()
    {
        var counts = AllCombinations()
            .Select(a => Afwegingskader.Recommend(new WeighingAnswers(a[0], a[1], a[2], a[3], a[4])))
            .GroupBy(r => r)
            .ToDictionary(g => g.Key, g => g.Count());

        // Question 1 unanswered or no: 3^4 each. Question 2 incomplete: 5 of its 9 pairs × 3^2.
        // Unsafe: 3 of the 9 pairs × 3^2. Safe: 3 for each of "help unanswered" and "no help", 1 for each answer to question 4.
        Assert.Equal(81, counts[Next(WeighingQuestion.Suspicion)]);
        Assert.Equal(81, counts[Ends(Outcome.Close)]);
        Assert.Equal(45, counts[Next(WeighingQuestion.Safety)]);
        Assert.Equal(27, counts[Ends(Outcome.ReportAndHelp)]);
        Assert.Equal(3, counts[Next(WeighingQuestion.Help)]);
        Assert.Equal(4, counts[Ends(Outcome.Report)]);
        Assert.Equal(1, counts[Next(WeighingQuestion.Acceptance)]);
        Assert.Equal(1, counts[Ends(Outcome.HelpAndMonitor)]);
        Assert.Equal(8, counts.Count);
    }

    [Fact]
    public void Without_answers_the_first_question_is_next()
    {
        Assert.Equal(Next(WeighingQuestion.Suspicion), Afwegingskader.Recommend(WeighingAnswers.None));
    }

    [Fact]
    public void Answering_no_to_question_one_recommends_closing_whatever_else_was_answered()
    {
        var recommendation = Afwegingskader.Recommend(new WeighingAnswers(false, true, true, false, false));

        Assert.Equal(Outcome.Close, recommendation.Outcome);
        Assert.Null(recommendation.NextQuestion);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Acute_or_structural_unsafety_recommends_reporting_and_helping(bool acute, bool structural)
    {
        var recommendation = Afwegingskader.Recommend(new WeighingAnswers(true, acute, structural, true, true));

        Assert.Equal(Outcome.ReportAndHelp, recommendation.Outcome);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(null, true)]
    [InlineData(false, null)]
    public void Question_two_needs_both_parts_before_the_path_goes_on(bool? acute, bool? structural)
    {
        var recommendation = Afwegingskader.Recommend(new WeighingAnswers(true, acute, structural, true, true));

        Assert.Null(recommendation.Outcome);
        Assert.Equal(WeighingQuestion.Safety, recommendation.NextQuestion);
    }

    [Fact]
    public void Help_that_cannot_be_offered_recommends_reporting()
    {
        Assert.Equal(Ends(Outcome.Report), Afwegingskader.Recommend(new WeighingAnswers(true, false, false, false, null)));
    }

    [Fact]
    public void Help_that_is_not_accepted_recommends_reporting()
    {
        Assert.Equal(Ends(Outcome.Report), Afwegingskader.Recommend(new WeighingAnswers(true, false, false, true, false)));
    }

    [Fact]
    public void Help_that_is_accepted_recommends_helping_and_monitoring()
    {
        Assert.Equal(Ends(Outcome.HelpAndMonitor), Afwegingskader.Recommend(new WeighingAnswers(true, false, false, true, true)));
    }

    [Theory]
    [InlineData(true, Outcome.Close)]
    [InlineData(false, Outcome.Report)]
    public void Question_five_closes_when_the_help_works_and_reports_when_it_does_not(bool helpBringsLastingSafety, Outcome expected)
    {
        Assert.Equal(expected, Afwegingskader.AfterEvaluation(helpBringsLastingSafety));
    }

    [Theory]
    [InlineData(Outcome.Close, false, false)]
    [InlineData(Outcome.Report, true, false)]
    [InlineData(Outcome.HelpAndMonitor, false, true)]
    [InlineData(Outcome.ReportAndHelp, true, true)]
    public void Each_outcome_says_whether_it_includes_a_report_and_help(Outcome outcome, bool report, bool help)
    {
        Assert.Equal(report, outcome.IncludesReport());
        Assert.Equal(help, outcome.IncludesHelp());
    }

    [Theory]
    [MemberData(nameof(EveryDecisionAgainstEveryRecommendation))]
    public void A_decision_deviates_unless_it_follows_the_advice_or_reports_where_reporting_is_advised(Outcome recommended, Outcome decided, bool deviates, bool keepHelpingAdvice)
    {
        Assert.Equal(deviates, Afwegingskader.Deviates(decided, recommended));
        var advice = Afwegingskader.AdviceBeside(decided, recommended);
        Assert.Equal(keepHelpingAdvice, advice is not null);
        if (keepHelpingAdvice)
        {
            Assert.Contains("blijven helpen waar je kunt", advice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_table_of_decisions_covers_every_recommendation_and_decision_exactly_once()
    {
        var outcomes = Enum.GetValues<Outcome>();

        Assert.All(
            from recommended in outcomes from decided in outcomes select (recommended, decided),
            pair => Assert.Single(Decisions, row => row.Recommended == pair.recommended && row.Decided == pair.decided));
    }

    [Fact]
    public void Reporting_after_acute_or_structural_unsafety_is_no_deviation_on_any_path_that_leads_there()
    {
        var unsafePaths = AllCombinations().Where(a => Afwegingskader.Recommend(new WeighingAnswers(a[0], a[1], a[2], a[3], a[4])).Outcome == Outcome.ReportAndHelp).ToList();

        Assert.Equal(27, unsafePaths.Count);
        Assert.All(unsafePaths, a => Assert.False(Afwegingskader.Deviates(Outcome.Report, Afwegingskader.Recommend(new WeighingAnswers(a[0], a[1], a[2], a[3], a[4])).Outcome!.Value)));
    }

    [Fact]
    public void There_are_exactly_four_outcomes()
    {
        Assert.Equal([Outcome.Close, Outcome.Report, Outcome.HelpAndMonitor, Outcome.ReportAndHelp], Enum.GetValues<Outcome>());
    }

    [Fact]
    public void Question_two_counts_as_unsafe_when_either_part_is_yes()
    {
        Assert.False(new WeighingAnswers(true, false, false).Unsafe);
        Assert.True(new WeighingAnswers(true, true, null).Unsafe);
        Assert.True(new WeighingAnswers(true, null, true).Unsafe);
        Assert.False(new WeighingAnswers(true, true, null).SafetyAnswered);
        Assert.True(new WeighingAnswers(true, false, false).SafetyAnswered);
    }

    private static Recommendation ExpectedFor(bool?[] answers) =>
        Paths.Single(path => Fits(path.Pattern, answers)).Expected;

    private static bool Fits(string pattern, bool?[] answers) =>
        pattern.Split(' ').Zip(answers).All(pair => pair.First switch
        {
            "Y" => pair.Second == true,
            "N" => pair.Second == false,
            "?" => pair.Second is null,
            "A" => pair.Second is not null,
            "*" => true,
            _ => throw new ArgumentException($"Unknown pattern symbol '{pair.First}'.", nameof(pattern)),
        });

    private static IEnumerable<bool?[]> AllCombinations() =>
        from suspicion in PossibleAnswers
        from acute in PossibleAnswers
        from structural in PossibleAnswers
        from canOfferHelp in PossibleAnswers
        from helpAccepted in PossibleAnswers
        select new[] { suspicion, acute, structural, canOfferHelp, helpAccepted };

    private static Recommendation Next(WeighingQuestion question) => new(null, question);

    private static Recommendation Ends(Outcome outcome) => new(outcome, null);
}
