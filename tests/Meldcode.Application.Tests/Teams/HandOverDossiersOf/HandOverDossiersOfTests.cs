using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Application.Teams.HandOverDossiersOf;
using Meldcode.Application.Tests.Teams.Support;
using Meldcode.Domain.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Teams.HandOverDossiersOf;

/// <summary>The aandachtsfunctionaris hands the open dossiers of someone who left to one colleague at once: all of them, or none.</summary>
public sealed class HandOverDossiersOfTests : HandOverTest
{
    [Fact]
    public async Task The_lead_hands_every_chosen_dossier_of_a_deactivated_owner_to_a_colleague_of_the_team()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var sem = await Dossiers.OpenAsync(firstName: "Sem");
        await DeactivateAsync(School.Owner.Id);

        var count = await Dossiers.SendAsync(School.LeadA, await HandOverAsync(School.Owner, School.ColleagueA, noor, sem));

        Assert.Equal(2, count);
        foreach (var id in new[] { noor, sem })
        {
            var state = await Dossiers.StateAsync(id);
            Assert.Equal(School.ColleagueA.Id, state.Dossier.OwnerId);
            var entry = state.Dossier.Chronology[^1];
            Assert.Equal((ChronologyEntryKind.HandedOver, "Carla Visser"), (entry.Kind, entry.ActorName));
            Assert.Equal($"Dossier overgedragen van Anouk Jansen aan Eva Mulder.{Environment.NewLine}Reden: {Reason}", entry.Summary);
        }

        var items = await Host.WithContextAsync(c => c.InboxItems.Where(i => i.Kind == InboxItemKind.DossierHandedOver).ToListAsync());
        Assert.Equal(new[] { noor, sem }.Order(), items.Select(i => i.DossierId).Order());
        Assert.All(items, i => Assert.Equal(School.ColleagueA.Id, i.RecipientId));
        var mine = await Dossiers.SendAsync(School.ColleagueA, new GetMyDossiersQuery());
        Assert.Equal(new[] { noor, sem }.Order(), mine.Items.Where(i => i.IsMine).Select(i => i.Id).Order());
    }

    [Fact]
    public async Task Dossiers_left_unticked_stay_with_their_owner()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var sem = await Dossiers.OpenAsync(firstName: "Sem");

        await Dossiers.SendAsync(School.LeadA, await HandOverAsync(School.Owner, School.ColleagueA, sem));

        Assert.Equal(School.Owner.Id, (await Dossiers.StateAsync(noor)).Dossier.OwnerId);
        Assert.Equal(School.ColleagueA.Id, (await Dossiers.StateAsync(sem)).Dossier.OwnerId);
    }

    [Fact]
    public async Task One_dossier_changed_since_the_page_was_opened_refuses_them_all_with_the_conflict_message()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var sem = await Dossiers.OpenAsync(firstName: "Sem");
        var command = await HandOverAsync(School.Owner, School.ColleagueA, noor, sem);
        await Dossiers.ChangeAsync(School.LeadA, sem, ValidCommands.Comment);
        var before = await SnapshotAsync(noor, sem);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Dossiers.SendAsync(School.LeadA, command));

        var number = (await Dossiers.StateAsync(sem)).Dossier.Number;
        Assert.Equal($"Dossier {number} is net gewijzigd, nadat je deze pagina opende. {HandOverDossiersOfCommandHandler.ConflictConsequence}", conflict.Message);
        Assert.Equal(before, await SnapshotAsync(noor, sem));
        Assert.Equal(0, await Host.WithContextAsync(c => c.InboxItems.CountAsync(i => i.Kind == InboxItemKind.DossierHandedOver)));
    }

    [Fact]
    public async Task A_dossier_of_another_team_among_them_is_not_found_and_nothing_is_handed_over()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var elsewhere = await Dossiers.OpenAsync(School.Consultant, School.TeamB, "Sem");
        var before = await SnapshotAsync(noor, elsewhere);

        await Assert.ThrowsAsync<NotFoundException>(async () => await Dossiers.SendAsync(School.LeadA, await HandOverAsync(School.Owner, School.ColleagueA, noor, elsewhere)));

        Assert.Equal(before, await SnapshotAsync(noor, elsewhere));
    }

    [Fact]
    public async Task The_lead_of_another_team_does_not_find_the_dossiers()
    {
        var noor = await Dossiers.OpenAsync();
        var before = await SnapshotAsync(noor);
        var command = await HandOverAsync(School.Owner, School.Consultant, noor);

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.LeadB, command));

        Assert.Equal(before, await SnapshotAsync(noor));
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.ColleagueNotOnTheDossier)]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Board)]
    public async Task Only_an_aandachtsfunctionaris_may_hand_dossiers_over(Who who)
    {
        var noor = await Dossiers.OpenAsync();
        var before = await SnapshotAsync(noor);
        var command = await HandOverAsync(School.Owner, School.ColleagueA, noor);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], command));

        Assert.Equal(before, await SnapshotAsync(noor));
    }

    [Theory]
    [InlineData(Who.ConsultedColleague)]
    [InlineData(Who.LeadOfAnotherTeam)]
    [InlineData(Who.UserOfAnotherOrganisation)]
    [InlineData(Who.Board)]
    public async Task The_new_owner_must_work_in_the_team_of_the_dossiers(Who who)
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var sem = await Dossiers.OpenAsync(firstName: "Sem");
        var before = await SnapshotAsync(noor, sem);
        var command = await HandOverAsync(School.Owner, School[who], noor, sem);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.LeadA, command));

        Assert.Equal("Kies een collega uit het team van deze dossiers.", refused.Message);
        Assert.Equal(before, await SnapshotAsync(noor, sem));
    }

    [Fact]
    public async Task A_deactivated_colleague_cannot_take_the_dossiers_over()
    {
        var noor = await Dossiers.OpenAsync();
        await DeactivateAsync(School.ColleagueA.Id);
        var before = await SnapshotAsync(noor);

        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Dossiers.SendAsync(School.LeadA, await HandOverAsync(School.Owner, School.ColleagueA, noor)));

        Assert.Equal("Kies een collega uit het team van dit dossier.", refused.Message);
        Assert.Equal(before, await SnapshotAsync(noor));
    }

    [Fact]
    public async Task A_lead_of_two_locations_hands_over_dossiers_of_both_only_to_someone_who_works_in_both()
    {
        var lead = await PersonAsync("Lotte Hendriks", (Role.SafeguardingLead, School.TeamA), (Role.SafeguardingLead, School.TeamB));
        var leaver = await PersonAsync("Piet Groen", (Role.Professional, School.TeamA), (Role.Professional, School.TeamB));
        var both = await PersonAsync("Mira Kok", (Role.Professional, School.TeamA), (Role.Professional, School.TeamB));
        var north = await Dossiers.OpenAsync(leaver, School.TeamA, "Noor");
        var south = await Dossiers.OpenAsync(leaver, School.TeamB, "Sem");
        await DeactivateAsync(leaver.Id);
        var before = await SnapshotAsync(north, south);

        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Dossiers.SendAsync(lead, await HandOverAsync(leaver, School.ColleagueA, north, south)));
        Assert.Equal("Kies een collega uit het team van deze dossiers.", refused.Message);
        Assert.Equal(before, await SnapshotAsync(north, south));

        await Dossiers.SendAsync(lead, await HandOverAsync(leaver, both, north, south));
        Assert.Equal([both.Id, both.Id], (await SnapshotAsync(north, south)).Select(s => s.Owner));
    }

    [Fact]
    public async Task A_dossier_of_someone_else_in_the_list_is_refused_and_nothing_is_handed_over()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var brams = await Dossiers.OpenAsync(School.Collaborator, firstName: "Sem");
        var before = await SnapshotAsync(noor, brams);

        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Dossiers.SendAsync(School.LeadA, await HandOverAsync(School.Owner, School.ColleagueA, noor, brams)));

        Assert.StartsWith($"Dossier {(await Dossiers.StateAsync(brams)).Dossier.Number} is niet van Anouk Jansen.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(noor, brams));
    }

    [Fact]
    public async Task A_closed_dossier_in_the_list_is_refused_and_nothing_is_handed_over()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        var closed = await Dossiers.OpenAsync(firstName: "Sem");
        await Dossiers.ChangeAsync(School.Owner, closed, ValidCommands.Close);
        var before = await SnapshotAsync(noor, closed);

        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Dossiers.SendAsync(School.LeadA, await HandOverAsync(School.Owner, School.ColleagueA, noor, closed)));

        Assert.Equal("Dit dossier is gesloten. Je kunt alleen nog een correctie toevoegen.", refused.Message);
        Assert.Equal(before, await SnapshotAsync(noor, closed));
    }

    [Fact]
    public async Task Without_dossiers_a_colleague_or_a_reason_the_hand_over_is_refused_in_Dutch()
    {
        var command = new HandOverDossiersOfCommand(School.Owner.Id, null, " ", []);

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Dossiers.SendAsync(School.LeadA, command));

        Assert.Equal(
            ["Vink minstens één dossier aan.", "Kies aan wie je de dossiers overdraagt.", "Vul de reden in."],
            refused.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task The_same_dossier_twice_is_refused()
    {
        var noor = await Dossiers.OpenAsync();
        var command = await HandOverAsync(School.Owner, School.ColleagueA, noor, noor);

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Dossiers.SendAsync(School.LeadA, command));

        Assert.Equal("Elk dossier kan maar één keer in de lijst staan.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
