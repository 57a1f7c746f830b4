using Meldcode.Application.Dossiers.Decide;

namespace Meldcode.Application.Tests.Dossiers.Decide;

/// <summary>Step 5: the professional's decision, measured against what the afwegingskader recommends.</summary>
public sealed class DecideTests : SchoolTest
{
    [Fact]
    public async Task A_decision_that_deviates_from_the_recommendation_needs_a_justification_and_is_marked()
    {
        var id = await WeighedTowardsAsync(Outcome.Report);
        var before = await Dossiers.StateAsync(id);

        await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.Owner, ValidCommands.Decide(before, Outcome.HelpAndMonitor)));
        await Dossiers.SendAsync(School.Owner, ValidCommands.Decide(before, Outcome.HelpAndMonitor) with
        {
            DeviationJustification = "Moeder werkt goed mee en de hulp start morgen al.",
        });

        var decision = (await Dossiers.StateAsync(id)).Dossier.Decision!;
        Assert.True(decision.IsDeviation);
        Assert.Equal(Outcome.Report, decision.Recommended);
    }

    [Fact]
    public async Task A_decision_that_follows_the_recommendation_is_saved_and_written_to_the_chronology()
    {
        var id = await WeighedTowardsAsync(Outcome.Report);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.Report));

        var state = await Dossiers.StateAsync(id);
        var decision = state.Dossier.Decision!;
        Assert.Equal((Outcome.Report, Outcome.Report, false), (decision.Outcome, decision.Recommended, decision.IsDeviation));
        Assert.Equal(("Het besluit volgt het afwegingskader.", School.Owner.Id), (decision.Grounds, decision.DecidedBy));
        var entry = state.Dossier.Chronology[^2];
        Assert.Equal(ChronologyEntryKind.DecisionRecorded, entry.Kind);
        Assert.Equal(string.Join(Environment.NewLine, "Besluit: melden bij Veilig Thuis.", "Onderbouwing: Het besluit volgt het afwegingskader."), entry.Summary);
        Assert.Equal(NextActionKind.AwaitReview, state.Dossier.PendingAction); // four eyes: the report follows the review
    }

    [Fact]
    public async Task A_deviation_is_written_to_the_chronology_with_what_was_recommended_and_the_justification()
    {
        var id = await WeighedTowardsAsync(Outcome.Report);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.HelpAndMonitor) with { DeviationJustification = "Moeder werkt goed mee en de hulp start morgen al." });

        Assert.EndsWith(
            "Dit wijkt af van wat het afwegingskader aanraadt (melden bij Veilig Thuis). Verantwoording: Moeder werkt goed mee en de hulp start morgen al.",
            (await Dossiers.StateAsync(id)).Dossier.Chronology[^2].Summary,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Moeder wil hulp.")]
    public async Task A_deviation_needs_a_justification_of_at_least_20_characters(string? justification)
    {
        var id = await WeighedTowardsAsync(Outcome.Report);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.HelpAndMonitor) with { DeviationJustification = justification });

        Assert.Equal("Je besluit wijkt af van wat het afwegingskader aanraadt. Dat mag, maar leg in minstens 20 tekens uit waarom.", rule);
    }

    [Fact]
    public async Task Deciding_before_the_framework_recommends_an_outcome_is_refused()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, true));

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.Report));

        Assert.Equal("Beantwoord eerst de vragen van het afwegingskader.", rule);
    }

    [Fact]
    public async Task A_decision_is_taken_once()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.Report));

        Assert.Equal("Er is al een besluit genomen.", rule);
    }

    [Fact]
    public async Task Deciding_to_close_closes_the_dossier_on_the_grounds_given()
    {
        var id = await WeighedTowardsAsync(Outcome.Close);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.Close));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(DossierStatus.Closed, state.Dossier.Status);
        Assert.Equal("Besluit na de weging: Het besluit volgt het afwegingskader.", state.Dossier.CloseReason);
        Assert.Equal([ChronologyEntryKind.DecisionRecorded, ChronologyEntryKind.Closed], state.Dossier.Chronology.TakeLast(2).Select(e => e.Kind));
        Assert.Equal("Dossier gesloten. Reden: Besluit na de weging: Het besluit volgt het afwegingskader.", state.Dossier.Chronology[^1].Summary);
    }

    [Fact]
    public async Task Deciding_to_close_while_a_colleague_is_still_asked_for_advice_is_refused()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, Outcome.Close);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Decide(s, Outcome.Close));

        Assert.Equal("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.", rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData((Outcome)9)]
    public async Task A_decision_must_be_chosen_from_the_list(Outcome? outcome) =>
        Assert.Equal(["Kies je besluit."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Decide(s, Outcome.Report) with { Outcome = outcome }));

    [Fact]
    public async Task A_decision_without_grounds_is_refused_in_Dutch() =>
        Assert.Equal(["Vul de onderbouwing van je besluit in."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Decide(s, Outcome.Report) with { Grounds = " " }));

    [Theory]
    [InlineData(nameof(DecideCommand.Grounds), "De onderbouwing van je besluit mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(DecideCommand.DeviationJustification), "De verantwoording mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_ten_thousand_characters_is_refused_in_Dutch(string field, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Decide(s, Outcome.Report).With(field, new string('a', 10_001))));

    /// <summary>A new dossier weighed until the framework recommends <paramref name="outcome"/>.</summary>
    private async Task<Guid> WeighedTowardsAsync(Outcome outcome)
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, outcome);
        return id;
    }
}
