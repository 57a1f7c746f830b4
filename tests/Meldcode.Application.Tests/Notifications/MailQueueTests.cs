using Meldcode.Application.Notifications;
using Meldcode.Application.Tests.Notifications.Support;
using Meldcode.Domain.Notifications;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Notifications;

/// <summary>The outbox: a waiting mail per person, saved with the change that caused it, never a second one while one waits.</summary>
public sealed class MailQueueTests : MailTest
{
    [Fact]
    public async Task A_queued_mail_is_saved_by_the_callers_save_and_not_before()
    {
        using var scope = Host.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var queuedAt = Clock.Now;

        scope.ServiceProvider.GetRequiredService<IMailQueue>().Queue([School.LeadA.Id], queuedAt);

        Assert.Empty(await OutboxAsync());
        await context.SaveChangesAsync();
        var mail = Assert.Single(await OutboxAsync());
        Assert.Equal(School.LeadA.Id, mail.RecipientUserId);
        Assert.Equal(PendingMailStatus.Waiting, mail.Status);
        Assert.Equal(queuedAt, mail.QueuedAt);
        Assert.Equal(queuedAt, mail.NextAttemptAt);
        Assert.Equal(0, mail.Attempts);
    }

    [Fact]
    public async Task A_queued_mail_is_not_saved_when_the_change_that_caused_it_is_not()
    {
        using (var scope = Host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<IMailQueue>().Queue([School.LeadA.Id], Clock.Now);
        }

        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task Someone_with_a_mail_waiting_gets_no_second_one()
    {
        await QueueAsync(School.LeadA);
        await QueueAsync(School.LeadA, School.LeadB);

        Assert.Single(await OutboxOfAsync(School.LeadA));
        Assert.Single(await OutboxOfAsync(School.LeadB));
    }

    [Fact]
    public async Task Queueing_one_person_twice_in_one_save_gives_one_mail()
    {
        using var scope = Host.Services.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<IMailQueue>();
        queue.Queue([School.LeadA.Id, School.LeadA.Id], Clock.Now);
        queue.Queue([School.LeadA.Id], Clock.Now);
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SaveChangesAsync();

        Assert.Single(await OutboxAsync());
    }

    [Fact]
    public async Task After_a_mail_was_sent_something_new_queues_a_new_one()
    {
        await GiveAddressAsync(School.LeadA, "carla.visser@regenboog.example");
        await QueueAsync(School.LeadA);
        await SendDueMailsAsync();

        await QueueAsync(School.LeadA);

        var outbox = await OutboxOfAsync(School.LeadA);
        Assert.Equal([PendingMailStatus.Sent, PendingMailStatus.Waiting], outbox.Select(m => m.Status));
    }
}

/// <summary>Notification mail is off unless switched on: then nothing is queued and nothing is sent.</summary>
public sealed class MailSwitchedOffTests : SchoolTest
{
    [Fact]
    public async Task With_mail_switched_off_nothing_is_queued()
    {
        using var scope = Host.Services.CreateScope();
        Assert.False(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOptions>>().Value.Enabled);

        scope.ServiceProvider.GetRequiredService<IMailQueue>().Queue([School.LeadA.Id, School.LeadB.Id], Clock.Now);
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SaveChangesAsync();

        Assert.Equal(0, await Host.WithContextAsync(context => context.PendingMails.CountAsync()));
    }

    [Fact]
    public async Task With_mail_switched_off_waiting_mails_are_not_sent()
    {
        await Host.WithContextAsync(context =>
        {
            context.PendingMails.Add(PendingMail.Queue(School.LeadA.Id, Clock.Now));
            return context.SaveChangesAsync();
        });

        using var scope = Host.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<MailDispatcher>().RunAsync(CancellationToken.None);

        Assert.True(run.IsEmpty);
        Assert.Equal(PendingMailStatus.Waiting, (await Host.WithContextAsync(context => context.PendingMails.SingleAsync())).Status);
    }
}

/// <summary>What in the dossiers makes a mail: a new item in someone's postvak, for everyone it is for but the one who caused it.</summary>
public sealed class InboxMailTests : MailTest
{
    [Fact]
    public async Task Opening_a_dossier_queues_a_mail_for_the_teams_lead_and_not_for_the_owner()
    {
        await Dossiers.OpenAsync();

        Assert.Single(await OutboxOfAsync(School.LeadA));
        Assert.Empty(await OutboxOfAsync(School.Owner));
        Assert.Empty(await OutboxOfAsync(School.LeadB));
    }

    [Fact]
    public async Task A_decision_to_report_queues_one_mail_for_the_lead_who_co_signs_and_co_signing_queues_none()
    {
        var id = await Dossiers.OpenAsync();
        await SendDueMailsAsync();
        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);
        var waiting = (await OutboxOfAsync(School.LeadA)).Count(m => m.Status == PendingMailStatus.Waiting);

        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.CoSign);

        Assert.Equal(1, waiting);
        Assert.Empty(await OutboxOfAsync(School.Owner));
    }
}
