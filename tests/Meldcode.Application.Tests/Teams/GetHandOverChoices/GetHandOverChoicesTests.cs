using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Teams.GetHandOverChoices;
using Meldcode.Application.Tests.Teams.Support;

namespace Meldcode.Application.Tests.Teams.GetHandOverChoices;

/// <summary>What the aandachtsfunctionaris sees on the hand-over page: owners without access per team, and one owner's open dossiers.</summary>
public sealed class GetHandOverChoicesTests : HandOverTest
{
    [Fact]
    public async Task Per_team_of_the_lead_the_deactivated_owners_are_listed_with_their_number_of_open_dossiers()
    {
        await Dossiers.OpenAsync(firstName: "Noor");
        await Dossiers.OpenAsync(firstName: "Sem");
        var closed = await Dossiers.OpenAsync(firstName: "Lina");
        await Dossiers.ChangeAsync(School.Owner, closed, ValidCommands.Close);
        await Dossiers.OpenAsync(School.Collaborator, firstName: "Daan"); // an active owner: not listed
        await Dossiers.OpenAsync(School.Consultant, School.TeamB, "Mees"); // another team
        await DeactivateAsync(School.Owner.Id);
        await DeactivateAsync(School.Consultant.Id);

        var choices = await Dossiers.SendAsync(School.LeadA, new GetHandOverChoicesQuery());

        var team = Assert.Single(choices.Teams);
        Assert.Equal((School.TeamA.Id, "Locatie Noord"), (team.TeamId, team.TeamName));
        Assert.Equal([new OwnerWithOpenDossiers(School.Owner.Id, "Anouk Jansen", 2)], team.InactiveOwners);
        Assert.True(choices.AnyWithoutActiveOwner);
        Assert.Null(choices.PreviousOwner);
    }

    [Fact]
    public async Task Without_deactivated_owners_the_list_is_empty()
    {
        await Dossiers.OpenAsync();

        var choices = await Dossiers.SendAsync(School.LeadA, new GetHandOverChoicesQuery());

        Assert.Empty(Assert.Single(choices.Teams).InactiveOwners);
        Assert.False(choices.AnyWithoutActiveOwner);
    }

    [Fact]
    public async Task For_one_owner_their_open_dossiers_come_with_their_versions_and_the_colleagues_who_can_take_them_over()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var sem = await Dossiers.OpenAsync(firstName: "Sem");
        await Dossiers.ChangeAsync(School.Owner, sem, ValidCommands.Signal);
        await Dossiers.OpenAsync(School.Collaborator, firstName: "Daan");
        await DeactivateAsync(School.Owner.Id);
        await DeactivateAsync(School.Collaborator.Id);

        var owner = (await Dossiers.SendAsync(School.LeadA, new GetHandOverChoicesQuery(School.Owner.Id))).PreviousOwner!;

        Assert.Equal((School.Owner.Id, "Anouk Jansen", false), (owner.UserId, owner.Name, owner.IsActive));
        var team = Assert.Single(owner.Teams);
        var noorNow = await Dossiers.StateAsync(noor);
        var semNow = await Dossiers.StateAsync(sem);
        Assert.Equal(
            [(noor, noorNow.Version, noorNow.Dossier.Number, "Noor Bakker"), (sem, semNow.Version, semNow.Dossier.Number, "Sem Bakker")],
            team.Dossiers.Select(d => (d.DossierId, d.Version, d.Number, d.PersonName)));
        Assert.Equal(noorNow.Dossier.CurrentStep, team.Dossiers[0].CurrentStep);
        Assert.Equal([("Carla Visser", true), ("Eva Mulder", false)], team.NewOwners.Select(c => (c.Name, c.IsLeadOfTeam)));
    }

    [Fact]
    public async Task An_owner_without_open_dossiers_in_the_leads_teams_has_none_to_hand_over()
    {
        await Dossiers.OpenAsync(School.Consultant, School.TeamB, "Mees");

        var owner = (await Dossiers.SendAsync(School.LeadA, new GetHandOverChoicesQuery(School.Consultant.Id))).PreviousOwner!;

        Assert.Equal("Joost Meijer", owner.Name);
        Assert.Empty(owner.Teams);
    }

    [Fact]
    public async Task Someone_of_another_organisation_or_nobody_at_all_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.LeadA, new GetHandOverChoicesQuery(School.Outsider.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.LeadA, new GetHandOverChoicesQuery(Guid.NewGuid())));
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Board)]
    public async Task Only_an_aandachtsfunctionaris_sees_the_page(Who who) =>
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new GetHandOverChoicesQuery()));
}
