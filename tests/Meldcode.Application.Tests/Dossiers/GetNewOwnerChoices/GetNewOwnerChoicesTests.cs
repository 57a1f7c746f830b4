using Meldcode.Application.Dossiers.GetNewOwnerChoices;

namespace Meldcode.Application.Tests.Dossiers.GetNewOwnerChoices;

/// <summary>The colleagues the aandachtsfunctionaris can hand a dossier to.</summary>
public sealed class GetNewOwnerChoicesTests : SchoolTest
{
    [Fact]
    public async Task The_choices_are_the_active_professionals_and_leads_of_the_dossiers_team_except_its_owner_by_name()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var choices = await Dossiers.SendAsync(School.LeadA, new GetNewOwnerChoicesQuery(id));

        Assert.Equal([("Bram de Boer", false), ("Carla Visser", true), ("Eva Mulder", false)], choices.Select(c => (c.Name, c.IsLeadOfTeam)));
    }

    [Fact]
    public async Task A_deactivated_colleague_is_no_choice()
    {
        var id = await Dossiers.OpenAsync();
        await DeactivateAsync(School.ColleagueA.Id);

        var choices = await Dossiers.SendAsync(School.LeadA, new GetNewOwnerChoicesQuery(id));

        Assert.DoesNotContain(choices, c => c.UserId == School.ColleagueA.Id);
        Assert.Contains(choices, c => c.UserId == School.Collaborator.Id);
    }
}
