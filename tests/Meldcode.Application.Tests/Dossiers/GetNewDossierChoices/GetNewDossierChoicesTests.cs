using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetNewDossierChoices;

namespace Meldcode.Application.Tests.Dossiers.GetNewDossierChoices;

/// <summary>The teams offered for a new dossier: those where the user is a professional or the aandachtsfunctionaris, as opening a dossier requires.</summary>
public sealed class GetNewDossierChoicesTests : SchoolTest
{
    [Theory]
    [InlineData(Who.Owner, "Locatie Noord")]
    [InlineData(Who.LeadOfTheTeam, "Locatie Noord")]
    [InlineData(Who.LeadOfAnotherTeam, "Locatie Zuid")]
    [InlineData(Who.UserOfAnotherOrganisation, "Team Oost")]
    public async Task Only_the_teams_where_the_user_is_a_professional_or_aandachtsfunctionaris_are_offered_each_once(Who who, string team)
    {
        var choices = await Dossiers.SendAsync(School[who], new GetNewDossierChoicesQuery());

        Assert.Equal([team], choices.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(School.WithoutATeamRole), MemberType = typeof(School))]
    public async Task Roles_for_the_whole_organisation_are_offered_no_team(Who who)
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new GetNewDossierChoicesQuery()));
    }
}
