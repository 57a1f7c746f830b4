using FluentValidation;
using Meldcode.Application.Administration.AddTeam;
using Meldcode.Application.Administration.GetTeams;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.AddTeam;

/// <summary>A new team or location, with a name no other team of the organisation has (whatever the case).</summary>
public sealed class AddTeamTests : AdministrationTest
{
    [Fact]
    public async Task A_team_is_added_with_its_name_trimmed_and_logged()
    {
        await AsAdministrator(new AddTeamCommand("  Locatie West "));

        Assert.Equal(["Locatie Noord", "Locatie West", "Locatie Zuid"], (await AsAdministrator(new GetTeamsQuery())).Select(t => t.Name));
        Assert.Equal("Team of locatie 'Locatie West' toegevoegd.", Assert.Single(await LogAsync()).Description);
    }

    [Fact]
    public async Task A_name_another_team_already_has_is_refused_whatever_the_case()
    {
        await AsAdministrator(new AddTeamCommand("Locatie West"));

        var duplicate = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new AddTeamCommand("locatie west")));

        Assert.Equal("Er is al een team of locatie met de naam 'locatie west'.", duplicate.Message);
        Assert.Equal(3, (await AsAdministrator(new GetTeamsQuery())).Count);
        Assert.Single(await LogAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task A_team_needs_a_name(string? name)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new AddTeamCommand(name)));

        Assert.Equal("Vul de naam van het team of de locatie in.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task A_name_over_200_characters_is_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new AddTeamCommand(new string('a', 201))));

        Assert.Equal("De naam van het team of de locatie mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
