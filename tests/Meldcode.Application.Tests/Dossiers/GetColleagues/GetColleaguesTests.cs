using Meldcode.Application.Dossiers.GetColleagues;

namespace Meldcode.Application.Tests.Dossiers.GetColleagues;

public sealed class GetColleaguesTests : SchoolTest
{
    [Fact]
    public async Task The_colleague_choices_offer_everyone_of_the_organisation_for_advice_and_the_teams_professionals_to_join()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var choices = await Dossiers.SendAsync(School.Owner, new GetColleaguesQuery(id));

        Assert.Equal("Carla Visser", choices.Consultants[0].Name);
        Assert.True(choices.Consultants[0].IsLeadOfTeam);
        Assert.Equal(
            ["Carla Visser", "Daan Smit", "Eva Mulder", "Joost Meijer"],
            choices.Consultants.Select(c => c.Name));
        Assert.Equal(["Eva Mulder"], choices.PossibleCollaborators.Select(c => c.Name));
    }
}
