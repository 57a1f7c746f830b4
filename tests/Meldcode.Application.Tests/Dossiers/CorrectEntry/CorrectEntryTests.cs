using Meldcode.Application.Dossiers.CorrectEntry;

namespace Meldcode.Application.Tests.Dossiers.CorrectEntry;

/// <summary>A mistake in the record is put right by a new line that points at the old one (the old line stays: see AppendOnlyChronologyTests).</summary>
public sealed class CorrectEntryTests : SchoolTest
{
    [Fact]
    public async Task A_closed_dossier_can_still_be_corrected_and_stays_closed()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Correction);

        var state = await Dossiers.StateAsync(id);
        var correction = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.Correction, state.Dossier.Chronology[0].Id), (correction.Kind, correction.CorrectsEntryId));
        Assert.Equal($"Correctie op regel 1: Noor zit in groep 6, niet in groep 5.{Environment.NewLine}Reden: Verkeerde groep ingevuld.", correction.Summary);
        Assert.Equal(DossierStatus.Closed, state.Dossier.Status);
    }

    [Fact]
    public async Task Only_a_line_of_this_dossier_can_be_corrected()
    {
        var id = await Dossiers.OpenAsync();
        var other = await Dossiers.OpenAsync(firstName: "Sem");
        var lineElsewhere = (await Dossiers.StateAsync(other)).Dossier.Chronology[0].Id;

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Correction(s) with { EntryId = lineElsewhere });

        Assert.Equal("De regel die je wilt corrigeren hoort niet bij dit dossier.", rule);
    }

    [Theory]
    [InlineData(nameof(CorrectEntryCommand.Correction), "Vul de correctie in.")]
    [InlineData(nameof(CorrectEntryCommand.Reason), "Vul de reden van de correctie in.")]
    public async Task A_correction_needs_the_correct_text_and_a_reason(string field, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Correction(s).With(field, " ")));

    [Theory]
    [InlineData(nameof(CorrectEntryCommand.Correction), "De correctie mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(CorrectEntryCommand.Reason), "De reden van de correctie mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_ten_thousand_characters_is_refused_in_Dutch(string field, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Correction(s).With(field, new string('a', 10_001))));
}
