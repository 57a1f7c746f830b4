using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Domain.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dossiers.HandOverDossier;

/// <summary>The aandachtsfunctionaris of the team hands a dossier to a colleague of the team, with a reason.</summary>
public sealed class HandOverDossierTests : SchoolTest
{
    private const string NotOfTheTeam = "Kies een collega uit het team van dit dossier.";

    [Fact]
    public async Task The_lead_hands_the_dossier_to_a_professional_of_the_team_and_the_chronology_records_it()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.ColleagueA));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(School.ColleagueA.Id, state.Dossier.OwnerId);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.HandedOver, entry.Kind);
        Assert.Equal("Carla Visser", entry.ActorName);
        Assert.Equal($"Dossier overgedragen van Anouk Jansen aan Eva Mulder.{Environment.NewLine}Reden: Anouk is langdurig afwezig.", entry.Summary);
    }

    [Fact]
    public async Task The_new_owner_gets_an_inbox_item_and_finds_the_dossier_in_my_dossiers()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.ColleagueA));

        var item = await Host.WithContextAsync(c => c.InboxItems.SingleAsync(i => i.DossierId == id && i.Kind == InboxItemKind.DossierHandedOver));
        Assert.Equal((School.ColleagueA.Id, InboxItemStatus.New, "Carla Visser"), (item.RecipientId, item.Status, item.RaisedByName));
        var mine = await Dossiers.SendAsync(School.ColleagueA, new GetMyDossiersQuery());
        Assert.True(Assert.Single(mine.Items, i => i.Id == id).IsMine);
    }

    [Fact]
    public async Task The_previous_owner_no_longer_finds_the_dossier()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.ColleagueA));

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Owner, new GetDossierQuery(id)));
        Assert.DoesNotContain((await Dossiers.SendAsync(School.Owner, new GetMyDossiersQuery())).Items, i => i.Id == id);
    }

    [Fact]
    public async Task A_collaborator_who_takes_the_dossier_over_is_its_owner_and_no_longer_a_collaborator()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.Collaborator));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(School.Collaborator.Id, state.Dossier.OwnerId);
        Assert.Empty(state.Dossier.Collaborators);
    }

    [Fact]
    public async Task The_lead_of_the_team_may_take_the_dossier_over_themself()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.LeadA));

        Assert.Equal(School.LeadA.Id, (await Dossiers.StateAsync(id)).Dossier.OwnerId);
    }

    [Theory]
    [InlineData(Who.ConsultedColleague)]
    [InlineData(Who.LeadOfAnotherTeam)]
    [InlineData(Who.UserOfAnotherOrganisation)]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Board)]
    public async Task Only_someone_who_works_in_the_dossiers_team_can_take_it_over(Who who)
    {
        var id = await Dossiers.OpenAsync();

        Assert.Equal(NotOfTheTeam, await Dossiers.BrokenRuleAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School[who])));
    }

    [Fact]
    public async Task A_deactivated_professional_of_the_team_cannot_take_it_over()
    {
        var id = await Dossiers.OpenAsync();
        await DeactivateAsync(School.ColleagueA.Id);

        Assert.Equal(NotOfTheTeam, await Dossiers.BrokenRuleAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.ColleagueA)));
    }

    [Fact]
    public async Task The_owner_is_not_handed_their_own_dossier()
    {
        var id = await Dossiers.OpenAsync();

        Assert.Equal("Deze collega is al eigenaar van het dossier. Kies iemand anders.", await Dossiers.BrokenRuleAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.Owner)));
    }

    [Fact]
    public async Task A_closed_dossier_is_not_handed_over()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        Assert.Equal("Dit dossier is gesloten. Je kunt alleen nog een correctie toevoegen.", await Dossiers.BrokenRuleAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.ColleagueA)));
    }

    [Fact]
    public async Task A_form_from_before_another_change_is_refused_with_the_conflict_message_and_nothing_is_saved()
    {
        var id = await Dossiers.OpenAsync();
        var seen = await Dossiers.StateAsync(id);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Comment);

        var conflict = await Dossiers.RefusedAsync<ConcurrencyConflictException>(School.LeadA, id, _ => ValidCommands.HandOver(seen, School.ColleagueA));

        Assert.Contains("Anouk Jansen heeft dit dossier", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(School.Owner.Id, (await Dossiers.StateAsync(id)).Dossier.OwnerId);
        Assert.Equal(0, await Host.WithContextAsync(c => c.InboxItems.CountAsync(i => i.Kind == InboxItemKind.DossierHandedOver)));
    }

    [Fact]
    public async Task The_lead_of_another_team_does_not_even_find_the_dossier_and_its_owner_may_not_hand_it_over()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.RefusedAsync<NotFoundException>(School.LeadB, id, s => ValidCommands.HandOver(s, School.ColleagueA));
        await Dossiers.RefusedAsync<ForbiddenAccessException>(School.Owner, id, s => ValidCommands.HandOver(s, School.ColleagueA));
        await Dossiers.RefusedAsync<ForbiddenAccessException>(School.Collaborator, id, s => ValidCommands.HandOver(s, School.ColleagueA));
    }

    [Fact]
    public async Task Handing_over_without_a_colleague_or_a_reason_is_refused_in_Dutch()
    {
        var id = await Dossiers.OpenAsync();

        var messages = await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => ValidCommands.HandOver(s, School.ColleagueA) with { NewOwnerId = Guid.Empty, Reason = "  " });

        Assert.Equal(["Kies aan wie je het dossier overdraagt.", "Vul de reden in."], messages);
    }
}
