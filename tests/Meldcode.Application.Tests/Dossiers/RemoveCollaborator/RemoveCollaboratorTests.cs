namespace Meldcode.Application.Tests.Dossiers.RemoveCollaborator;

public sealed class RemoveCollaboratorTests : SchoolTest
{
    [Theory]
    [InlineData(Who.Owner, "Anouk Jansen")]
    [InlineData(Who.Collaborator, "Bram de Boer")]
    public async Task The_owner_or_the_collaborator_themselves_takes_them_off_the_dossier_and_it_is_written_to_the_chronology(Who who, string actor)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.ChangeAsync(School[who], id, s => ValidCommands.RemoveCollaborator(s, School.Collaborator));

        var state = await Dossiers.StateAsync(id);
        Assert.Empty(state.Dossier.Collaborators);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.CollaboratorRemoved, actor, "Bram de Boer werkt niet meer mee aan dit dossier."), (entry.Kind, entry.ActorName, entry.Summary));
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.ColleagueNotOnTheDossier)]
    public async Task Only_a_collaborator_can_be_removed(Who who)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Collaborator, id, s => ValidCommands.RemoveCollaborator(s, School[who]));

        Assert.Equal("Deze collega werkt niet mee aan dit dossier.", rule);
        Assert.Equal(School.Owner.Id, (await Dossiers.StateAsync(id)).Dossier.OwnerId);
    }
}
