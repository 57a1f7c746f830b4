using Meldcode.Application.Dossiers.RecordEmergencyAction;

namespace Meldcode.Application.Tests.Dossiers.RecordEmergencyAction;

/// <summary>Acute danger: the professional acts first (112, Veilig Thuis) and records afterwards, at any step.</summary>
public sealed class RecordEmergencyActionTests : SchoolTest
{
    [Fact]
    public async Task What_was_done_in_acute_danger_is_recorded_at_any_step_and_marks_the_dossier_acute()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.EmergencyAction);

        var state = await Dossiers.StateAsync(id);
        Assert.True(state.Dossier.IsAcute);
        var action = Assert.Single(state.Dossier.EmergencyActions);
        Assert.Equal(("112 gebeld; de politie kwam binnen tien minuten.", "Politie (112)", School.Owner.Id), (action.WhatWasDone, action.WhomContacted, action.RecordedBy));
        Assert.True(action.OccurredAt < action.RecordedAt);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.EmergencyActionRecorded, entry.Kind);
        Assert.Equal(
            string.Join(Environment.NewLine, $"Acuut gevaar. Op {DutchTime.Moment(action.OccurredAt)} ingeschakeld: Politie (112).", "Gedaan: 112 gebeld; de politie kwam binnen tien minuten."),
            entry.Summary);
    }

    [Fact]
    public async Task A_moment_in_the_future_is_refused() =>
        Assert.Equal(
            ["Het moment kan niet in de toekomst liggen."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.EmergencyAction(s) with { OccurredAt = s.Now.AddHours(1) }));

    [Fact]
    public async Task Every_missing_part_is_reported_at_once_in_Dutch() =>
        Assert.Equal(
            ["Vul de beschrijving van wat je hebt gedaan in.", "Vul de namen van wie je hebt gebeld of ingeschakeld in.", "Vul in wanneer dit was."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.EmergencyAction(s) with { WhatWasDone = null, WhomContacted = " ", OccurredAt = null }));

    [Theory]
    [InlineData(nameof(RecordEmergencyActionCommand.WhatWasDone), 10_000, "De beschrijving van wat je hebt gedaan mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordEmergencyActionCommand.WhomContacted), 200, "De namen van wie je hebt gebeld of ingeschakeld mogen hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    public async Task A_text_over_its_limit_is_refused_in_Dutch(string field, int limit, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.EmergencyAction(s).With(field, new string('a', limit + 1))));
}
