using Meldcode.Application.Notifications;
using Meldcode.Application.Tests.Notifications.Support;
using Meldcode.Domain.Notifications;
using Microsoft.Extensions.Logging;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Meldcode.Application.Tests.Notifications;

/// <summary>
/// The sender: one mail per person when due, none for someone inactive or without an address, a few a day rather than
/// hundreds (the minimum interval), retries with a growing delay, given up after ten attempts; logs without personal data.
/// </summary>
public sealed class MailDispatcherTests : MailTest
{
    private const string CarlasAddress = "carla.visser@regenboog.example";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await GiveAddressAsync(School.LeadA, CarlasAddress);
    }

    [Fact]
    public async Task A_due_mail_is_sent_once_to_the_recipients_address_and_marked_sent()
    {
        await QueueAsync(School.LeadA);

        var run = await SendDueMailsAsync();
        await SendDueMailsAsync();

        Assert.Equal(1, run.Sent);
        var mail = Assert.Single(Handed);
        Assert.Equal(CarlasAddress, mail.To);
        Assert.Equal(NotificationMail.Subject, mail.Subject);
        Assert.Contains(MailSettings.InboxLink, mail.Body, StringComparison.Ordinal);
        var sent = Assert.Single(await OutboxAsync());
        Assert.Equal(PendingMailStatus.Sent, sent.Status);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(1, sent.Attempts);
    }

    [Fact]
    public async Task An_inactive_user_gets_no_mail_and_the_waiting_mail_is_closed()
    {
        await QueueAsync(School.LeadA);
        await DeactivateAsync(School.LeadA.Id);

        var run = await SendDueMailsAsync();

        Assert.Equal(1, run.Skipped);
        Assert.Empty(Handed);
        var skipped = Assert.Single(await OutboxAsync());
        Assert.Equal(PendingMailStatus.Skipped, skipped.Status);
        Assert.Null(skipped.SentAt);
        Assert.NotNull(skipped.ClosedAt);
        Assert.Contains(Host.Logs.Entries, e => e.Message.Contains(School.LeadA.Id.ToString(), StringComparison.Ordinal) && e.Message.Contains("inactive", StringComparison.Ordinal));
        AssertNoPersonalDataLogged();
    }

    [Fact]
    public async Task A_user_without_an_email_address_gets_no_mail_and_the_waiting_mail_is_closed()
    {
        await QueueAsync(School.LeadB);

        var run = await SendDueMailsAsync();

        Assert.Equal(1, run.Skipped);
        Assert.Empty(Handed);
        Assert.Equal(PendingMailStatus.Skipped, Assert.Single(await OutboxAsync()).Status);
        Assert.Contains(Host.Logs.Entries, e => e.Message.Contains(School.LeadB.Id.ToString(), StringComparison.Ordinal) && e.Message.Contains("no e-mail address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_mail_is_tried_again_after_a_minute_then_after_two()
    {
        Transport!.SendAsync(default!, default).ThrowsAsyncForAnyArgs(new MailNotSentException("SMTP connecting failed: no connection to the server (ConnectionRefused)"));
        await QueueAsync(School.LeadA);

        var first = await SendDueMailsAsync();
        var failedAt = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromSeconds(50));
        await SendDueMailsAsync();

        Assert.Equal(1, first.Failed);
        Assert.Single(Handed);
        var waiting = Assert.Single(await OutboxAsync());
        Assert.Equal(PendingMailStatus.Waiting, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.InRange(waiting.NextAttemptAt, failedAt + TimeSpan.FromSeconds(59), failedAt + TimeSpan.FromMinutes(1));

        Clock.Advance(TimeSpan.FromSeconds(10));
        await SendDueMailsAsync();

        Assert.Equal(2, Handed.Count);
        var retried = Assert.Single(await OutboxAsync());
        Assert.Equal(2, retried.Attempts);
        Assert.InRange(retried.NextAttemptAt - Clock.GetUtcNow(), TimeSpan.FromSeconds(119), TimeSpan.FromMinutes(2));
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("ConnectionRefused", StringComparison.Ordinal));
        AssertNoPersonalDataLogged();
    }

    [Fact]
    public async Task A_mail_that_fails_ten_times_is_given_up_with_an_error_in_the_log()
    {
        Transport!.SendAsync(default!, default).ThrowsAsyncForAnyArgs(new MailNotSentException("SMTP sending failed: the server answered 451 (Unknown, 451)"));
        await QueueAsync(School.LeadA);

        var runs = new List<MailRun>();
        for (var attempt = 1; attempt <= PendingMail.MaxAttempts; attempt++)
        {
            runs.Add(await SendDueMailsAsync());
            Clock.Advance(PendingMail.RetryDelay(attempt));
        }

        await SendDueMailsAsync();

        Assert.Equal(PendingMail.MaxAttempts, Handed.Count);
        Assert.Equal(PendingMail.MaxAttempts - 1, runs.Sum(r => r.Failed));
        Assert.Equal(1, runs[^1].GivenUp);
        var givenUp = Assert.Single(await OutboxAsync());
        Assert.Equal(PendingMailStatus.GaveUp, givenUp.Status);
        Assert.Equal(PendingMail.MaxAttempts, givenUp.Attempts);
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(School.LeadA.Id.ToString(), StringComparison.Ordinal) && e.Message.Contains("451", StringComparison.Ordinal));
        AssertNoPersonalDataLogged();
    }

    [Fact]
    public async Task A_busy_day_gives_one_mail_per_minimum_interval_not_one_per_change()
    {
        await QueueAsync(School.LeadA);
        await SendDueMailsAsync();
        var firstSentAt = Assert.Single(await OutboxAsync()).SentAt!.Value;

        for (var change = 0; change < 5; change++)
        {
            Clock.Advance(TimeSpan.FromMinutes(2));
            await QueueAsync(School.LeadA);
            await SendDueMailsAsync();
        }

        Assert.Single(Handed);
        var waiting = (await OutboxAsync()).Single(m => m.IsWaiting);
        Assert.Equal(firstSentAt + TimeSpan.FromMinutes(15), waiting.NextAttemptAt);

        Clock.Advance(firstSentAt + TimeSpan.FromMinutes(15) - Clock.GetUtcNow());
        await SendDueMailsAsync();

        Assert.Equal(2, Handed.Count);
        Assert.All(await OutboxAsync(), m => Assert.Equal(PendingMailStatus.Sent, m.Status));
    }

    [Fact]
    public async Task Two_waiting_mails_for_one_person_go_out_as_one()
    {
        // Two saves at the same moment can each queue one before either sees the other's.
        await Host.WithContextAsync(context =>
        {
            context.PendingMails.AddRange(PendingMail.Queue(School.LeadA.Id, Clock.Now), PendingMail.Queue(School.LeadA.Id, Clock.Now));
            return context.SaveChangesAsync();
        });

        await SendDueMailsAsync();

        Assert.Single(Handed);
        Assert.All(await OutboxAsync(), m => Assert.Equal(PendingMailStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_mail_another_sender_is_sending_is_not_sent_again()
    {
        await QueueAsync(School.LeadA);
        MailRun? secondSender = null;
        Transport!.When(t => t.SendAsync(Arg.Any<OutgoingMail>(), Arg.Any<CancellationToken>()))
            .Do(_ => secondSender ??= SendDueMailsAsync().GetAwaiter().GetResult()); // SQLite runs EF's async calls synchronously

        await SendDueMailsAsync();

        Assert.NotNull(secondSender);
        Assert.True(secondSender.IsEmpty);
        Assert.Single(Handed);
        Assert.Equal(PendingMailStatus.Sent, Assert.Single(await OutboxAsync()).Status);
    }

    [Fact]
    public async Task Closed_mails_are_deleted_after_a_week_and_waiting_ones_are_kept()
    {
        await QueueAsync(School.LeadA, School.LeadB);
        await SendDueMailsAsync();
        Clock.Advance(MailDispatcher.KeepClosedFor - TimeSpan.FromMinutes(1));
        await QueueAsync(School.LeadA);
        await SendDueMailsAsync();
        Assert.Equal(3, (await OutboxAsync()).Count);

        Clock.Advance(TimeSpan.FromMinutes(2));
        await SendDueMailsAsync();

        var kept = Assert.Single(await OutboxAsync());
        Assert.Equal(School.LeadA.Id, kept.RecipientUserId);
        Assert.Equal(PendingMailStatus.Sent, kept.Status);
    }

    private void AssertNoPersonalDataLogged()
    {
        // Meldcode's own log lines (EF Core's SQL lines carry parameter names such as @p0, and never values).
        var ours = Host.Logs.Entries.Where(e => e.Category.StartsWith("Meldcode.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ours);
        foreach (var entry in ours)
        {
            Assert.DoesNotContain(CarlasAddress, entry.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(School.LeadA.DisplayName, entry.Message, StringComparison.Ordinal);
        }
    }
}
