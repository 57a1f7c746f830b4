using Meldcode.Application.Administration.DeactivateUser;
using Meldcode.Application.Drafts;
using Meldcode.Application.Drafts.SaveDraft;
using Meldcode.Application.Tests.Administration.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Administration.DeactivateUser;

/// <summary>A deactivated user can no longer sign in and their open sessions end; nobody deactivates themselves.</summary>
public sealed class DeactivateUserTests : AdministrationTest
{
    [Fact]
    public async Task Deactivating_a_user_ends_their_sessions_and_is_logged()
    {
        await Host.WithContextAsync(async c =>
        {
            var owner = await c.Users.SingleAsync(u => u.Id == School.Owner.Id);
            c.UserSessions.AddRange(UserSession.Start(owner, Clock.Now), UserSession.Start(owner, Clock.Now));
            return await c.SaveChangesAsync();
        });

        await AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0));

        Assert.False((await UserAsync(School.Owner.Id)).IsActive);
        Assert.Equal(0, await Host.WithContextAsync(c => c.UserSessions.CountAsync(s => s.UserId == School.Owner.Id)));
        Assert.Equal("Anouk Jansen is gedeactiveerd; 2 open sessie(s) beëindigd.", Assert.Single(await LogAsync()).Description);
    }

    [Fact]
    public async Task Deactivating_a_user_deletes_their_drafts_and_no_one_elses()
    {
        await Host.SendAsAsync(School.Owner, new SaveDraftCommand("/dossiers/nieuw", null, [new DraftField("Facts", "Blauwe plek.")]));
        await Host.SendAsAsync(School.Collaborator, new SaveDraftCommand("/dossiers/nieuw", null, [new DraftField("Facts", "Iets anders.")]));

        await AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0));

        Assert.Equal([School.Collaborator.Id], await Host.WithContextAsync(c => c.FormDrafts.Select(d => d.UserId).ToListAsync()));
    }

    [Fact]
    public async Task Without_open_sessions_the_log_says_only_who_was_deactivated()
    {
        await AsAdministrator(new DeactivateUserCommand(School.Collaborator.Id, 0));

        Assert.Equal("Bram de Boer is gedeactiveerd.", Assert.Single(await LogAsync()).Description);
    }

    [Fact]
    public async Task Nobody_deactivates_themselves()
    {
        var self = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new DeactivateUserCommand(Administrator.Id, 0)));

        Assert.Equal("Je kunt jezelf niet deactiveren. Vraag een andere functioneel beheerder om dat te doen.", self.Message);
        Assert.True((await UserAsync(Administrator.Id)).IsActive);
        Assert.Equal(new HashSet<Role> { Role.FunctionalAdministrator }, (await UserAsync(Administrator.Id)).Roles);
    }

    [Fact]
    public async Task A_user_who_is_already_deactivated_is_not_deactivated_again()
    {
        await AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0));

        var again = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 1)));

        Assert.Equal("Deze gebruiker is al gedeactiveerd.", again.Message);
        Assert.Single(await LogAsync());
    }

    [Fact]
    public async Task Deactivating_a_user_leaves_their_dossiers_with_them_and_their_page_counts_the_open_ones()
    {
        var noor = await Dossiers.OpenAsync(firstName: "Noor");
        await Dossiers.OpenAsync(firstName: "Sem");
        var closed = await Dossiers.OpenAsync(firstName: "Lina");
        await Dossiers.ChangeAsync(School.Owner, closed, ValidCommands.Close);
        var before = await Dossiers.StateAsync(noor);

        await AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0));

        var after = await Dossiers.StateAsync(noor);
        Assert.Equal((School.Owner.Id, before.Version), (after.Dossier.OwnerId, after.Version));
        Assert.Equal(2, (await ManageAsync(School.Owner.Id)).OpenDossiersOwned);
        Assert.Equal(0, (await ManageAsync(School.Collaborator.Id)).OpenDossiersOwned);
    }
}
