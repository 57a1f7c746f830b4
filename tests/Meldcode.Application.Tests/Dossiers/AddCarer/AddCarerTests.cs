using Meldcode.Application.Dossiers.AddCarer;

namespace Meldcode.Application.Tests.Dossiers.AddCarer;

/// <summary>The parents and carers of the child, with whether they have parental authority (gezag).</summary>
public sealed class AddCarerTests : SchoolTest
{
    [Theory]
    [InlineData(true, "Ouder/verzorger toegevoegd: Fatima Bakker (moeder, heeft gezag).")]
    [InlineData(false, "Ouder/verzorger toegevoegd: Fatima Bakker (moeder, geen gezag).")]
    public async Task A_carer_is_saved_trimmed_and_written_to_the_chronology_with_their_authority(bool hasParentalAuthority, string summary)
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Carer(s) with { Name = "  Fatima Bakker ", Relation = " moeder", HasParentalAuthority = hasParentalAuthority });

        var state = await Dossiers.StateAsync(id);
        var carer = Assert.Single(state.Dossier.Carers);
        Assert.Equal(("Fatima Bakker", "moeder", hasParentalAuthority), (carer.Name, carer.Relation, carer.HasParentalAuthority));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.ChildUpdated, "Anouk Jansen", summary), (entry.Kind, entry.ActorName, entry.Summary));
    }

    [Theory]
    [InlineData(nameof(AddCarerCommand.Name), "Vul de naam van de ouder of verzorger in.")]
    [InlineData(nameof(AddCarerCommand.Relation), "Vul de relatie tot het kind in.")]
    public async Task A_required_text_left_empty_is_refused_in_Dutch(string field, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Carer(s).With(field, " ")));

    [Theory]
    [InlineData(nameof(AddCarerCommand.Name), 200, "De naam van de ouder of verzorger mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(AddCarerCommand.Relation), 200, "De relatie tot het kind mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    public async Task A_text_over_its_limit_is_refused_in_Dutch(string field, int limit, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Carer(s).With(field, new string('a', limit + 1))));
}
