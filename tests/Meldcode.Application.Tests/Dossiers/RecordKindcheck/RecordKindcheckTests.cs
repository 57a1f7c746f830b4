using Meldcode.Application.Dossiers.RecordKindcheck;

namespace Meldcode.Application.Tests.Dossiers.RecordKindcheck;

/// <summary>The kindcheck (youth care, health care, social support with adult clients): are there children in the client's care?</summary>
public sealed class RecordKindcheckTests : SchoolTest
{
    [Fact]
    public async Task A_negative_kindcheck_is_recorded_without_details_and_the_dossier_can_be_closed()
    {
        var id = await OpenInYouthCareAsync();

        await Dossiers.ChangeAsync(School.Outsider, id, s => ValidCommands.Kindcheck(s) with { NumberOfChildren = 2, Ages = "4 en 7" });

        var state = await Dossiers.StateAsync(id);
        var check = Assert.Single(state.Dossier.Kindchecks);
        Assert.Equal((false, (int?)null, (string?)null, (string?)null), (check.ChildrenPresent, check.NumberOfChildren, check.Ages, check.WhoCares));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.KindcheckRecorded, entry.Kind);
        Assert.Equal("Kindcheck negatief: er wonen of verblijven geen kinderen bij de cliënt.", entry.Summary);
        Assert.Equal(NextActionKind.CloseDossier, state.Dossier.PendingAction);
    }

    [Fact]
    public async Task A_positive_kindcheck_records_the_children_and_who_cares_for_them_and_the_steps_go_on()
    {
        var id = await OpenInYouthCareAsync();

        await Dossiers.ChangeAsync(School.Outsider, id, Positive);

        var state = await Dossiers.StateAsync(id);
        var check = Assert.Single(state.Dossier.Kindchecks);
        Assert.Equal((true, (int?)2, "4 en 7", "De partner van de cliënt"), (check.ChildrenPresent, check.NumberOfChildren, check.Ages, check.WhoCares));
        Assert.Equal(
            "Kindcheck positief: 2 kind(eren) wonen bij of verblijven regelmatig bij de cliënt (leeftijden: 4 en 7); zorg: De partner van de cliënt. De stappen van de meldcode gaan verder.",
            state.Dossier.Chronology[^1].Summary);
        Assert.Equal(NextActionKind.RecordSignal, state.Dossier.PendingAction);
        Assert.Equal(StepState.InProgress, (await Dossiers.ViewAsync(School.Outsider, id)).Steps[0].State);
    }

    [Fact]
    public async Task In_education_the_kindcheck_is_not_part_of_the_meldcode()
    {
        var id = await Dossiers.OpenAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, ValidCommands.Kindcheck);

        Assert.Equal("De kindcheck hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning.", rule);
    }

    [Fact]
    public async Task A_kindcheck_without_an_answer_is_refused_in_Dutch() =>
        Assert.Equal(
            ["Geef aan of er kinderen bij de cliënt wonen of regelmatig verblijven."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Kindcheck(s) with { ChildrenPresent = null }));

    [Fact]
    public async Task A_positive_kindcheck_needs_the_number_the_ages_and_who_cares() =>
        Assert.Equal(
            ["Vul in om hoeveel kinderen het gaat.", "Vul de leeftijden in.", "Vul de verzorgers van de kinderen in."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Kindcheck(s) with { ChildrenPresent = true }));

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public async Task The_number_of_children_is_from_1_to_20(int number) =>
        Assert.Equal(
            ["Vul een aantal van 1 tot 20 in."],
            await Dossiers.ValidationMessagesAsync(s => Positive(s) with { NumberOfChildren = number }));

    [Theory]
    [InlineData(nameof(RecordKindcheckCommand.Ages), "De leeftijden mogen hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordKindcheckCommand.WhoCares), "De verzorgers van de kinderen mogen hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    public async Task A_text_over_200_characters_is_refused_in_Dutch(string field, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => Positive(s).With(field, new string('a', 201))));

    private static RecordKindcheckCommand Positive(DossierState state) =>
        ValidCommands.Kindcheck(state) with { ChildrenPresent = true, NumberOfChildren = 2, Ages = "4 en 7", WhoCares = "De partner van de cliënt" };

    /// <summary>A dossier of the youth care organisation next door, opened by its professional.</summary>
    private Task<Guid> OpenInYouthCareAsync() => Dossiers.OpenAsync(School.Outsider, School.OtherTeam);
}
