using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class DecisionTests
{
    private const string Grounds = "Besloten na de weging met de aandachtsfunctionaris.";

    public static TheoryData<Outcome, Outcome> EveryDeviation
    {
        get
        {
            var data = new TheoryData<Outcome, Outcome>();
            foreach (var recommended in Enum.GetValues<Outcome>())
            {
                foreach (var decided in Enum.GetValues<Outcome>().Where(o => Afwegingskader.Deviates(o, recommended)))
                {
                    data.Add(recommended, decided);
                }
            }

            return data;
        }
    }

    public static TheoryData<Outcome> EveryOutcome => new(Enum.GetValues<Outcome>());

    [Fact]
    public void Deciding_before_any_answer_is_refused()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();

        var error = Assert.Throws<DomainException>(() => dossier.Decide(Outcome.Report, Grounds, null, People.Owner, Clock.Now));

        Assert.Equal("Beantwoord eerst de vragen van het afwegingskader.", error.Message);
        Assert.Null(dossier.Decision);
    }

    [Fact]
    public void Deciding_halfway_through_the_questions_is_refused()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Answer(WeighingQuestion.Suspicion, true).AnswerSafety(false, false).Build();

        var error = Assert.Throws<DomainException>(() => dossier.Decide(Outcome.Report, Grounds, DossierBuilder.Justification, People.Owner, Clock.Now));

        Assert.Equal("Beantwoord eerst de vragen van het afwegingskader.", error.Message);
        Assert.Null(dossier.Decision);
    }

    [Theory]
    [MemberData(nameof(EveryOutcome))]
    public void A_decision_that_follows_the_recommendation_is_not_a_deviation(Outcome outcome)
    {
        var dossier = DossierBuilder.WeighedTo(outcome).Build();
        var entries = dossier.Chronology.Count;

        dossier.Decide(outcome, Grounds, null, People.Owner, Clock.Now);

        var decision = dossier.Decision!;
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(outcome, decision.Recommended);
        Assert.False(decision.IsDeviation);
        Assert.Null(decision.DeviationJustification);
        Assert.Equal(Grounds, decision.Grounds);
        Assert.Equal(People.Owner.UserId, decision.DecidedBy);
        Assert.Equal(Clock.Now, decision.DecidedAt);
        var entry = dossier.Chronology[entries];
        Assert.Equal(ChronologyEntryKind.DecisionRecorded, entry.Kind);
        Assert.Contains($"Besluit: {DutchTerms.InSentence(DutchTerms.For(outcome))}.", entry.Summary, StringComparison.Ordinal);
        Assert.Contains($"Onderbouwing: {Grounds}", entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("wijkt af", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reporting_where_the_framework_advises_reporting_and_helping_is_no_deviation_and_keeps_the_advice_to_help()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.ReportAndHelp).Build();
        var entries = dossier.Chronology.Count;

        dossier.Decide(Outcome.Report, Grounds, null, People.Owner, Clock.Now);

        var decision = dossier.Decision!;
        Assert.False(decision.IsDeviation);
        Assert.Null(decision.DeviationJustification);
        Assert.Equal(Afwegingskader.AdviceBeside(Outcome.Report, Outcome.ReportAndHelp), decision.Advice);
        var entry = dossier.Chronology[entries];
        Assert.DoesNotContain("wijkt af", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("blijven helpen waar je kunt", entry.Summary, StringComparison.Ordinal);
        Assert.Equal(1, dossier.ReportsRequired);
        Assert.Equal(DutchTerms.For(Outcome.Report), dossier.Steps(Clock.Today).Single(s => s.Step == MeldcodeStep.Decision).Note);
    }

    [Fact]
    public void Reporting_and_helping_where_the_framework_advises_reporting_is_no_deviation()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        dossier.Decide(Outcome.ReportAndHelp, Grounds, null, People.Owner, Clock.Now);

        Assert.False(dossier.Decision!.IsDeviation);
        Assert.Null(dossier.Decision.Advice);
    }

    [Fact]
    public void A_justification_given_for_a_matching_decision_is_not_stored()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        dossier.Decide(Outcome.Report, Grounds, DossierBuilder.Justification, People.Owner, Clock.Now);

        Assert.False(dossier.Decision!.IsDeviation);
        Assert.Null(dossier.Decision.DeviationJustification);
    }

    [Theory]
    [MemberData(nameof(EveryDeviation))]
    public void A_deviating_decision_without_a_justification_is_refused(Outcome recommended, Outcome decided)
    {
        var dossier = DossierBuilder.WeighedTo(recommended).Build();
        var entries = dossier.Chronology.Count;

        var error = Assert.Throws<DomainException>(() => dossier.Decide(decided, Grounds, null, People.Owner, Clock.Now));

        Assert.Equal("Je besluit wijkt af van wat het afwegingskader aanraadt. Dat mag, maar leg in minstens 20 tekens uit waarom.", error.Message);
        Assert.Null(dossier.Decision);
        Assert.False(dossier.IsClosed);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Theory]
    [MemberData(nameof(EveryDeviation))]
    public void A_deviating_decision_with_a_too_short_justification_is_refused(Outcome recommended, Outcome decided)
    {
        var dossier = DossierBuilder.WeighedTo(recommended).Build();
        var tooShort = "   " + new string('x', Decision.MinimumJustificationLength - 1) + "   ";

        Assert.Throws<DomainException>(() => dossier.Decide(decided, Grounds, tooShort, People.Owner, Clock.Now));

        Assert.Null(dossier.Decision);
    }

    [Theory]
    [MemberData(nameof(EveryDeviation))]
    public void A_deviating_decision_with_a_justification_is_stored_as_a_deviation(Outcome recommended, Outcome decided)
    {
        var dossier = DossierBuilder.WeighedTo(recommended).Build();
        var entries = dossier.Chronology.Count;
        var justification = new string('j', Decision.MinimumJustificationLength);

        dossier.Decide(decided, Grounds, justification, People.Owner, Clock.Now);

        var decision = dossier.Decision!;
        Assert.True(decision.IsDeviation);
        Assert.Equal(decided, decision.Outcome);
        Assert.Equal(recommended, decision.Recommended);
        Assert.Equal(justification, decision.DeviationJustification);
        var entry = dossier.Chronology[entries];
        Assert.Equal(ChronologyEntryKind.DecisionRecorded, entry.Kind);
        Assert.Contains(
            $"Dit wijkt af van wat het afwegingskader aanraadt ({DutchTerms.InSentence(DutchTerms.For(recommended))}). Verantwoording: {justification}",
            entry.Summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_deviation_shows_on_the_decision_step()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        dossier.Decide(Outcome.HelpAndMonitor, Grounds, DossierBuilder.Justification, People.Owner, Clock.Now);

        Assert.Equal(
            DutchTerms.For(Outcome.HelpAndMonitor) + " (wijkt af)",
            dossier.Steps(Clock.Today).Single(s => s.Step == MeldcodeStep.Decision).Note);
    }

    [Fact]
    public void A_second_decision_is_refused()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();
        var first = dossier.Decision;

        var error = Assert.Throws<DomainException>(() => dossier.Decide(Outcome.ReportAndHelp, Grounds, DossierBuilder.Justification, People.Owner, Clock.Now));

        Assert.Equal("Er is al een besluit genomen.", error.Message);
        Assert.Same(first, dossier.Decision);
    }

    [Fact]
    public void Deciding_to_close_closes_the_dossier_with_the_grounds_as_reason()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Close).Build();
        var entries = dossier.Chronology.Count;
        var at = Clock.Now.AddHours(1);

        dossier.Decide(Outcome.Close, "Het bleek een ongeluk met de fiets.", null, People.Owner, at);

        Assert.True(dossier.IsClosed);
        Assert.Equal(at, dossier.ClosedAt);
        Assert.Equal(DossierStatus.Closed, dossier.Status);
        Assert.Equal("Besluit na de weging: Het bleek een ongeluk met de fiets.", dossier.CloseReason);
        Assert.Equal([ChronologyEntryKind.DecisionRecorded, ChronologyEntryKind.Closed], dossier.KindsAfter(entries));
        Assert.Equal(NextActionKind.None, dossier.NextActionOn(Clock.Today).Kind);
    }

    [Fact]
    public void Deciding_to_close_against_a_recommendation_to_report_needs_a_justification_and_then_closes()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        Assert.Throws<DomainException>(() => dossier.Decide(Outcome.Close, Grounds, null, People.Owner, Clock.Now));
        Assert.False(dossier.IsClosed);

        dossier.Decide(Outcome.Close, Grounds, DossierBuilder.Justification, People.Owner, Clock.Now);
        Assert.True(dossier.IsClosed);
        Assert.True(dossier.Decision!.IsDeviation);
    }

    [Theory]
    [InlineData(Outcome.Report)]
    [InlineData(Outcome.HelpAndMonitor)]
    [InlineData(Outcome.ReportAndHelp)]
    public void Deciding_anything_but_close_keeps_the_dossier_open(Outcome outcome)
    {
        var dossier = DossierBuilder.WeighedTo(outcome).Build();

        dossier.Decide(outcome, Grounds, null, People.Owner, Clock.Now);

        Assert.False(dossier.IsClosed);
        Assert.Equal(DossierStatus.Open, dossier.Status);
        Assert.Null(dossier.CloseReason);
    }
}
