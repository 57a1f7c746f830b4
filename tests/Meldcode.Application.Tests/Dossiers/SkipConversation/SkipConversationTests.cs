namespace Meldcode.Application.Tests.Dossiers.SkipConversation;

/// <summary>Step 3 may be skipped when the conversation would endanger the child, others or the professional: the reason is on record.</summary>
public sealed class SkipConversationTests : SchoolTest
{
    [Fact]
    public async Task Skipping_records_the_reason_and_shows_step_3_as_skipped()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.SkipConversation);

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(ConversationSkipReason.ChildSafety, state.Dossier.ConversationSkipReason);
        Assert.Equal("Vader heeft eerder gedreigd; een gesprek brengt Noor in gevaar.", state.Dossier.ConversationSkipExplanation);
        Assert.Empty(state.Dossier.Conversations);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.ConversationSkipped, entry.Kind);
        Assert.Equal("Gesprek met de cliënt overgeslagen. Reden: De veiligheid van het kind. Toelichting: Vader heeft eerder gedreigd; een gesprek brengt Noor in gevaar.", entry.Summary);
        var step = (await Dossiers.ViewAsync(School.Owner, id)).Steps[2];
        Assert.Equal((StepState.Skipped, "De veiligheid van het kind"), (step.State, step.Note));
    }

    [Fact]
    public async Task After_skipping_the_conversation_the_weighing_can_start()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Consultation);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.SkipConversation(s) with { Reason = ConversationSkipReason.ProfessionalSafety });

        var recommendation = await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, true));

        Assert.Equal(WeighingQuestion.Safety, recommendation.NextQuestion);
    }

    [Theory]
    [InlineData(null)]
    [InlineData((ConversationSkipReason)9)]
    public async Task Skipping_needs_a_reason_from_the_list(ConversationSkipReason? reason) =>
        Assert.Equal(["Kies waarom het gesprek niet kan."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.SkipConversation(s) with { Reason = reason }));

    [Theory]
    [InlineData(" ", "Vul de toelichting in.")]
    [InlineData(null, "Vul de toelichting in.")]
    public async Task Skipping_needs_an_explanation(string? explanation, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.SkipConversation(s) with { Explanation = explanation }));

    [Fact]
    public async Task An_explanation_over_ten_thousand_characters_is_refused() =>
        Assert.Equal(
            ["De toelichting mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.SkipConversation(s) with { Explanation = new string('a', 10_001) }));
}
