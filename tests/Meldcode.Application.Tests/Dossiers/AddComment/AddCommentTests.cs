namespace Meldcode.Application.Tests.Dossiers.AddComment;

/// <summary>A comment in the chronology, by someone working on the dossier or the team's aandachtsfunctionaris.</summary>
public sealed class AddCommentTests : SchoolTest
{
    [Theory]
    [InlineData(Who.Owner, "Anouk Jansen")]
    [InlineData(Who.LeadOfTheTeam, "Carla Visser")]
    public async Task A_comment_is_written_to_the_chronology_trimmed_under_the_name_of_who_wrote_it(Who who, string name)
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School[who], id, s => ValidCommands.Comment(s) with { Text = "  Moeder belde om te zeggen dat Noor morgen ziek is. " });

        var entry = (await Dossiers.StateAsync(id)).Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.CommentAdded, name, School[who].Id), (entry.Kind, entry.ActorName, entry.ActorId));
        Assert.Equal("Opmerking: Moeder belde om te zeggen dat Noor morgen ziek is.", entry.Summary);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" \t ")]
    public async Task An_empty_comment_is_refused_in_Dutch(string? text) =>
        Assert.Equal(["Vul je opmerking in."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Comment(s) with { Text = text }));

    [Fact]
    public async Task A_comment_over_ten_thousand_characters_is_refused_in_Dutch() =>
        Assert.Equal(
            ["Je opmerking mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Comment(s) with { Text = new string('a', 10_001) }));
}
