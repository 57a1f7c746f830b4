using Meldcode.Application.Tests.Dossiers.Support;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Common;

namespace Meldcode.Application.Tests.Dossiers.AddCollaborator;

/// <summary>The owner or a collaborator adds a professional of the dossier's team to work on it.</summary>
public sealed class AddCollaboratorTests : SchoolTest
{
    [Theory]
    [InlineData(Who.LeadOfTheTeam)]
    [InlineData(Who.ConsultedColleague)]
    [InlineData(Who.UserOfAnotherOrganisation)]
    public async Task Only_a_professional_of_the_dossiers_team_can_be_added_as_collaborator(Who who)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var before = await Dossiers.StateAsync(id);
        var candidate = School[who];

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Dossiers.SendAsync(School.Owner, ValidCommands.Collaborator(before, candidate)));

        Assert.Equal("Kies een professional van het team van dit dossier.", refused.Message);
        Assert.Equal(before.Version, (await Dossiers.StateAsync(id)).Version);
    }
}
