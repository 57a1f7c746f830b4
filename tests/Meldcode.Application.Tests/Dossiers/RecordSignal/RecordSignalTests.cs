using FluentValidation;
using Meldcode.Application.Dossiers.RecordSignal;

namespace Meldcode.Application.Tests.Dossiers.RecordSignal;

/// <summary>Step 1 through the pipeline: what the form may send, in Dutch when it may not, and stored exactly as typed.</summary>
public sealed class RecordSignalTests : SchoolTest
{
    [Fact]
    public async Task A_signal_observed_in_the_future_is_refused()
    {
        await AssertRefusedAsync(s => ValidCommands.Signal(s) with { ObservedOn = s.Today.AddDays(1) }, "De datum van de waarneming kan niet in de toekomst liggen.");
    }

    [Fact]
    public async Task A_signal_without_facts_is_refused()
    {
        await AssertRefusedAsync(s => ValidCommands.Signal(s) with { Facts = null }, "Vul de feiten in.");
        await AssertRefusedAsync(s => ValidCommands.Signal(s) with { Facts = " \n\t " }, "Vul de feiten in.");
    }

    [Fact]
    public async Task Facts_longer_than_ten_thousand_characters_are_refused()
    {
        await AssertRefusedAsync(s => ValidCommands.Signal(s) with { Facts = new string('a', 10_001) }, "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
    }

    [Fact]
    public async Task Facts_of_exactly_ten_thousand_characters_are_kept_whole()
    {
        var id = await Dossiers.OpenAsync();
        var facts = new string('a', 10_000);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Signal(s) with { Facts = facts });

        Assert.Equal(facts, Assert.Single((await Dossiers.StateAsync(id)).Dossier.Signals).Facts);
    }

    [Fact]
    public async Task Every_problem_with_a_signal_is_reported_at_once()
    {
        await AssertRefusedAsync(
            s => ValidCommands.Signal(s) with { ObservedOn = null, ObservedBy = "", Source = SignalSource.ToldBySomeone, ToldBy = null, Category = (SignalCategory)99, Facts = null },
            "Vul de datum van de waarneming in.",
            "Vul de naam van wie het zag of hoorde in.",
            "Vul de naam van wie het je vertelde in.",
            "Kies een categorie.",
            "Vul de feiten in.");
    }

    [Fact]
    public async Task Markup_and_script_are_stored_verbatim_not_stripped_or_encoded()
    {
        const string facts = "<script>alert('x')</script> zei: \"<b>papa</b> & mama\" <img src=x onerror=alert(1)>";
        const string words = "Ik ben <i>bang</i> & wil niet naar huis";
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Signal(s) with { Facts = facts, ChildsOwnWords = words });

        var dossier = (await Dossiers.ViewAsync(School.Owner, id)).Dossier;
        var signal = Assert.Single(dossier.Signals);
        Assert.Equal(facts, signal.Facts);
        Assert.Equal(words, signal.ChildsOwnWords);
        Assert.Contains($"Feiten: {facts}", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.Contains($"Eigen woorden van het kind: “{words}”", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signal_told_by_someone_else_keeps_its_source_and_returns_quality_hints()
    {
        var id = await Dossiers.OpenAsync();

        var hints = await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Signal(s) with
        {
            Source = SignalSource.ToldBySomeone,
            ToldBy = "De moeder van een klasgenoot",
            Facts = "Ik denk dat ze waarschijnlijk wordt geslagen.",
        });

        Assert.NotEmpty(hints);
        var signal = Assert.Single((await Dossiers.StateAsync(id)).Dossier.Signals);
        Assert.Equal("De moeder van een klasgenoot", signal.ToldBy);
    }

    [Fact]
    public async Task A_signal_is_written_to_the_chronology_with_its_source_and_the_facts_apart_from_the_interpretation()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);

        var state = await Dossiers.StateAsync(id);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.SignalRecorded, "Anouk Jansen"), (entry.Kind, entry.ActorName));
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                $"Signaal vastgelegd: Lichamelijke mishandeling, waargenomen op {DutchTime.Date(state.Today.AddDays(-1))} om 08:40 (Klaslokaal groep 5) door Anouk Jansen (leerkracht).",
                "Bron: eigen waarneming.",
                "Feiten: Blauwe plek van ongeveer drie centimeter op de linker bovenarm, zichtbaar toen Noor haar jas uitdeed.",
                "Eigen woorden van het kind: “Dat mag ik niet zeggen.”",
                "Interpretatie: Mogelijk letsel dat iemand haar heeft toegebracht."),
            entry.Summary);
        Assert.Equal(NextActionKind.Consult, state.Dossier.PendingAction);
    }

    [Theory]
    [InlineData(nameof(RecordSignalCommand.Source), (SignalSource)0, "Kies of je het zelf zag of hoorde, of dat iemand het je vertelde.")]
    [InlineData(nameof(RecordSignalCommand.Category), (SignalCategory)99, "Kies een categorie.")]
    public async Task A_choice_that_is_not_in_the_list_is_refused(string field, object value, string message)
    {
        await AssertRefusedAsync(s => ValidCommands.Signal(s).With(field, value), message);
    }

    [Theory]
    [InlineData(nameof(RecordSignalCommand.Place), 200, "De plaats mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordSignalCommand.ObservedBy), 200, "De naam van wie het zag of hoorde mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordSignalCommand.ToldBy), 200, "De naam van wie het je vertelde mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordSignalCommand.ChildsOwnWords), 10_000, "De eigen woorden van het kind mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordSignalCommand.Interpretation), 10_000, "Je interpretatie mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_its_limit_is_refused(string field, int limit, string message)
    {
        await AssertRefusedAsync(s => (ValidCommands.Signal(s) with { Source = SignalSource.ToldBySomeone, ToldBy = "De moeder van een klasgenoot" }).With(field, new string('a', limit + 1)), message);
    }

    private async Task AssertRefusedAsync(Func<DossierState, RecordSignalCommand> command, params string[] messages)
    {
        var id = await Dossiers.OpenAsync();

        var refused = await Dossiers.RefusedAsync<ValidationException>(School.Owner, id, command);

        Assert.Equal(messages, refused.Errors.Select(e => e.ErrorMessage));
        Assert.Empty((await Dossiers.StateAsync(id)).Dossier.Signals);
    }
}
