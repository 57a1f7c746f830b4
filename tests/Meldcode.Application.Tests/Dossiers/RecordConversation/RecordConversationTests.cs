using Meldcode.Application.Dossiers.RecordConversation;

namespace Meldcode.Application.Tests.Dossiers.RecordConversation;

/// <summary>Step 3: the conversation with the parents and/or the child.</summary>
public sealed class RecordConversationTests : SchoolTest
{
    [Fact]
    public async Task A_conversation_is_saved_and_written_to_the_chronology_with_who_took_part()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Conversation);

        var state = await Dossiers.StateAsync(id);
        var conversation = Assert.Single(state.Dossier.Conversations);
        Assert.Equal((state.Today, true, false, true), (conversation.HeldOn, conversation.WithParents, conversation.WithChild, conversation.WithColleague));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.ConversationRecorded, entry.Kind);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                $"Gesprek gevoerd op {DutchTime.Date(state.Today)} met ouder(s), collega.",
                "Benoemde zorgen: De blauwe plek op de arm en dat Noor er niet over mag praten.",
                "Reactie: Moeder schrok en zei dat Noor van de trap is gevallen.",
                "Afspraken: Over twee weken opnieuw in gesprek."),
            entry.Summary);
        Assert.Equal(StepState.Done, (await Dossiers.ViewAsync(School.Owner, id)).Steps[2].State);
    }

    [Fact]
    public async Task A_conversation_with_the_child_and_others_without_agreements_says_just_that()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Conversation(s) with { WithParents = false, WithChild = true, WithColleague = false, OtherParticipants = "oma", Agreements = " " });

        var state = await Dossiers.StateAsync(id);
        Assert.Null(Assert.Single(state.Dossier.Conversations).Agreements);
        Assert.StartsWith($"Gesprek gevoerd op {DutchTime.Date(state.Today)} met kind, oma.", state.Dossier.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Afspraken", state.Dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_with_neither_the_parents_nor_the_child_is_refused() =>
        Assert.Equal(
            ["Kruis aan met wie je sprak: de ouder(s), het kind of allebei."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Conversation(s) with { WithParents = false, WithChild = false }));

    [Fact]
    public async Task Every_missing_part_of_a_conversation_is_reported_at_once_in_Dutch() =>
        Assert.Equal(
            ["Vul de datum van het gesprek in.", "Vul de zorgen die je hebt benoemd in.", "Vul de reactie van de cliënt in."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Conversation(s) with { HeldOn = null, ConcernsNamed = null, ClientReaction = " " }));

    [Fact]
    public async Task A_conversation_dated_in_the_future_is_refused() =>
        Assert.Equal(
            ["De datum van het gesprek kan niet in de toekomst liggen."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Conversation(s) with { HeldOn = s.Today.AddDays(1) }));

    [Theory]
    [InlineData(nameof(RecordConversationCommand.OtherParticipants), 200, "De andere deelnemers mogen hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordConversationCommand.ConcernsNamed), 10_000, "De zorgen die je hebt benoemd mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordConversationCommand.ClientReaction), 10_000, "De reactie van de cliënt mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordConversationCommand.Agreements), 10_000, "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_its_limit_is_refused_in_Dutch(string field, int limit, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Conversation(s).With(field, new string('a', limit + 1))));
}
