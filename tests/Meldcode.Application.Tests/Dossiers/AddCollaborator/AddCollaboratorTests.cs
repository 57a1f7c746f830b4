namespace Meldcode.Application.Tests.Dossiers.AddCollaborator;

/// <summary>The owner or a collaborator adds a professional of the dossier's team to work on it.</summary>
public sealed class AddCollaboratorTests : SchoolTest
{
    private const string NotAProfessionalOfTheTeam = "Kies een professional van het team van dit dossier.";

    [Fact]
    public async Task A_collaborator_can_add_another_professional_of_the_team_and_it_is_written_to_the_chronology()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.ChangeAsync(School.Collaborator, id, s => ValidCommands.Collaborator(s, School.ColleagueA));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(["Bram de Boer", "Eva Mulder"], state.Dossier.Collaborators.Select(c => c.Name));
        Assert.Equal(School.ColleagueA.Id, state.Dossier.Collaborators[^1].UserId);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.CollaboratorAdded, "Bram de Boer", "Eva Mulder werkt mee aan dit dossier."), (entry.Kind, entry.ActorName, entry.Summary));
    }

    [Theory]
    [InlineData(Who.LeadOfTheTeam)]
    [InlineData(Who.ConsultedColleague)]
    [InlineData(Who.UserOfAnotherOrganisation)]
    public async Task Only_a_professional_of_the_dossiers_team_can_be_added_as_collaborator(Who who)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School[who]));

        Assert.Equal(NotAProfessionalOfTheTeam, rule);
    }

    [Fact]
    public async Task A_deactivated_professional_of_the_team_cannot_be_added()
    {
        var id = await Dossiers.OpenAsync();
        await DeactivateAsync(School.ColleagueA.Id);

        Assert.Equal(NotAProfessionalOfTheTeam, await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School.ColleagueA)));
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.Collaborator)]
    public async Task Someone_who_already_works_on_the_dossier_is_not_added_again(Who who)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School[who]));

        Assert.Equal("Deze collega werkt al aan dit dossier.", rule);
    }

    [Fact]
    public async Task Adding_without_choosing_a_colleague_is_refused_in_Dutch() =>
        Assert.Equal(["Kies een collega."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Collaborator(s, School.ColleagueA) with { UserId = null }));

    [Fact]
    public async Task The_empty_id_a_tampered_form_could_send_is_not_a_choice() =>
        Assert.Equal(["Kies een collega."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Collaborator(s, School.ColleagueA) with { UserId = Guid.Empty }));
}
