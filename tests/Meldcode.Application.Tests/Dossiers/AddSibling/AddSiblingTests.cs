namespace Meldcode.Application.Tests.Dossiers.AddSibling;

/// <summary>Step 1 asks whether brothers and sisters are affected too: they are recorded with the dossier.</summary>
public sealed class AddSiblingTests : SchoolTest
{
    [Fact]
    public async Task A_sibling_is_saved_with_their_date_of_birth_and_written_to_the_chronology()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Sibling);

        var state = await Dossiers.StateAsync(id);
        var sibling = Assert.Single(state.Dossier.Siblings);
        Assert.Equal(("Sem Bakker", new DateOnly(2020, 2, 3)), (sibling.Name, sibling.DateOfBirth));
        Assert.Equal(ChronologyEntryKind.ChildUpdated, state.Dossier.Chronology[^1].Kind);
        Assert.Equal("Broer of zus toegevoegd: Sem Bakker (geboren 03-02-2020).", state.Dossier.Chronology[^1].Summary);
    }

    [Fact]
    public async Task The_date_of_birth_may_be_left_open()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Sibling(s) with { DateOfBirth = null });

        var state = await Dossiers.StateAsync(id);
        Assert.Null(Assert.Single(state.Dossier.Siblings).DateOfBirth);
        Assert.Equal("Broer of zus toegevoegd: Sem Bakker.", state.Dossier.Chronology[^1].Summary);
    }

    [Fact]
    public async Task A_sibling_born_in_the_future_is_refused() =>
        Assert.Equal(
            ["De geboortedatum kan niet in de toekomst liggen."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Sibling(s) with { DateOfBirth = s.Today.AddDays(1) }));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task A_sibling_without_a_name_is_refused_in_Dutch(string? name) =>
        Assert.Equal(["Vul de naam van de broer of zus in."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Sibling(s) with { Name = name }));

    [Fact]
    public async Task A_name_longer_than_200_characters_is_refused_in_Dutch() =>
        Assert.Equal(
            ["De naam van de broer of zus mag hoogstens 200 tekens lang zijn. Nu zijn het er 201."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Sibling(s) with { Name = new string('a', 201) }));
}
