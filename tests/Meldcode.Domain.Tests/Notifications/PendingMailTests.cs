using Meldcode.Domain.Notifications;

namespace Meldcode.Domain.Tests.Notifications;

/// <summary>An outbox row: waiting until due, an attempt planned before it is made, closed once sent, skipped or given up.</summary>
public sealed class PendingMailTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 8, 30, 0, TimeSpan.Zero);
    private static readonly Guid Carla = Guid.NewGuid();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 16)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(9, 60)]
    [InlineData(40, 60)]
    public void The_delay_after_an_attempt_doubles_from_a_minute_up_to_an_hour(int attempts, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), PendingMail.RetryDelay(attempts));
    }

    [Fact]
    public void A_queued_mail_waits_and_is_due_at_once()
    {
        var mail = PendingMail.Queue(Carla, Now);

        Assert.Equal(PendingMailStatus.Waiting, mail.Status);
        Assert.True(mail.IsDue(Now));
        Assert.False(mail.IsDue(Now.AddTicks(-1)));
        Assert.Equal(0, mail.Attempts);
        Assert.Null(mail.SentAt);
    }

    [Fact]
    public void Starting_an_attempt_plans_the_next_so_a_stopped_sender_is_followed_by_another_try()
    {
        var mail = PendingMail.Queue(Carla, Now);

        mail.StartAttempt(Now);

        Assert.Equal(1, mail.Attempts);
        Assert.False(mail.IsDue(Now.AddSeconds(59)));
        Assert.True(mail.IsDue(Now.AddMinutes(1)));
    }

    [Fact]
    public void A_sent_mail_is_closed_and_no_longer_due()
    {
        var mail = PendingMail.Queue(Carla, Now);
        mail.StartAttempt(Now);

        mail.MarkSent(Now.AddSeconds(1));

        Assert.Equal(PendingMailStatus.Sent, mail.Status);
        Assert.Equal(Now.AddSeconds(1), mail.SentAt);
        Assert.Equal(Now.AddSeconds(1), mail.ClosedAt);
        Assert.False(mail.IsDue(Now.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => mail.StartAttempt(Now.AddDays(1)));
    }

    [Fact]
    public void A_failed_attempt_waits_for_the_next_until_the_tenth_gives_up()
    {
        var mail = PendingMail.Queue(Carla, Now);
        var outcomes = new List<bool>();
        for (var attempt = 0; attempt < PendingMail.MaxAttempts; attempt++)
        {
            mail.StartAttempt(Now);
            outcomes.Add(mail.AttemptFailed(Now));
        }

        Assert.Equal(Enumerable.Repeat(false, PendingMail.MaxAttempts - 1).Append(true), outcomes);
        Assert.Equal(PendingMailStatus.GaveUp, mail.Status);
        Assert.Null(mail.SentAt);
        Assert.Equal(Now, mail.ClosedAt);
    }

    [Fact]
    public void Postponing_never_brings_a_mail_forward()
    {
        var mail = PendingMail.Queue(Carla, Now);
        mail.StartAttempt(Now);

        mail.Postpone(Now.AddSeconds(10));
        Assert.Equal(Now.AddMinutes(1), mail.NextAttemptAt);

        mail.Postpone(Now.AddMinutes(15));
        Assert.Equal(Now.AddMinutes(15), mail.NextAttemptAt);
    }

    [Fact]
    public void A_skipped_mail_is_closed_without_being_sent()
    {
        var mail = PendingMail.Queue(Carla, Now);

        mail.Skip(Now);

        Assert.Equal(PendingMailStatus.Skipped, mail.Status);
        Assert.Null(mail.SentAt);
        Assert.False(mail.IsDue(Now));
    }
}
