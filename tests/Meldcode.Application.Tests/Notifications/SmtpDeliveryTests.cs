using Meldcode.Application.Notifications;
using Meldcode.Application.Tests.Notifications.Support;
using Meldcode.Domain.Notifications;
using Meldcode.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Notifications;

/// <summary>
/// The whole way out, against a real SMTP server on loopback (aiosmtpd, <see cref="SmtpSink"/>): queued with a change,
/// sent by the dispatcher through MailKit, read back from the server's maildir. The mail says only that something waits,
/// with the link — nothing of the dossier that caused it.
/// </summary>
public sealed class SmtpDeliveryTests(SmtpSink sink) : MailTest(null, MailSettings.On(sink.Port)), IClassFixture<SmtpSink>
{
    private const string CarlasAddress = "carla.visser@regenboog.example";

    [Fact]
    public async Task The_delivered_mail_has_the_subject_and_the_link_and_nothing_of_the_dossier()
    {
        await GiveAddressAsync(School.LeadA, CarlasAddress);
        var dossierId = await Dossiers.OpenAsync(firstName: "Noor");
        var dossier = (await Dossiers.StateAsync(dossierId)).Dossier;
        await Dossiers.ChangeAsync(School.Owner, dossierId, ValidCommands.Signal);
        await QueueAsync(School.LeadA);

        var run = await SendDueMailsAsync();

        Assert.Equal(1, run.Sent);
        Assert.Equal(PendingMailStatus.Sent, Assert.Single(await OutboxAsync()).Status);
        var (message, raw) = Assert.Single(sink.Delivered(), d => d.Message.To.Mailboxes.Any(m => m.Address == CarlasAddress));
        Assert.Equal(NotificationMail.Subject, message.Subject);
        Assert.Equal(MailSettings.From, Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Meldcode", Assert.Single(message.From.Mailboxes).Name);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Contains(MailSettings.InboxLink, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Er staat iets voor je klaar in Meldcode.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("functioneel beheerder", message.TextBody, StringComparison.Ordinal);
        foreach (var secret in new[] { "Noor", "Bakker", "groep 5", dossier.Number, dossierId.ToString(), School.LeadA.DisplayName, School.Owner.DisplayName, School.TeamA.Name })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, message.TextBody, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Dutch_letters_arrive_intact()
    {
        using var scope = Host.Services.CreateScope();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        Assert.IsType<SmtpMailTransport>(transport);

        await transport.SendAsync(new OutgoingMail("bram.de.boer@regenboog.example", NotificationMail.Subject, "Ruimte voor één café-gesprek."), CancellationToken.None);

        var (message, _) = Assert.Single(sink.Delivered(), d => d.Message.To.Mailboxes.Any(m => m.Address == "bram.de.boer@regenboog.example"));
        Assert.Equal("Ruimte voor één café-gesprek.", message.TextBody?.TrimEnd());
    }
}

/// <summary>When no SMTP server answers, the attempt fails with a reason fit for the log and the mail waits for the next one.</summary>
public sealed class SmtpUnreachableTests() : MailTest(null, MailSettings.On(SmtpSink.FreePort()))
{
    [Fact]
    public async Task A_refused_connection_is_a_failed_attempt_logged_without_the_address()
    {
        await GiveAddressAsync(School.LeadA, "carla.visser@regenboog.example");
        await QueueAsync(School.LeadA);

        var run = await SendDueMailsAsync();

        Assert.Equal(1, run.Failed);
        var waiting = Assert.Single(await OutboxAsync());
        Assert.Equal(PendingMailStatus.Waiting, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        var warning = Assert.Single(Host.Logs.Entries, e => e.Category == typeof(MailDispatcher).FullName);
        Assert.Contains("no connection to the server", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("carla", warning.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_transport_says_why_without_naming_the_recipient()
    {
        using var scope = Host.Services.CreateScope();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();

        var failure = await Assert.ThrowsAsync<MailNotSentException>(() => transport.SendAsync(NotificationMail.To("carla.visser@regenboog.example", new Uri(MailSettings.InboxLink)), CancellationToken.None));

        Assert.StartsWith("SMTP connecting failed: no connection to the server (ConnectionRefused)", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("carla", failure.Message, StringComparison.OrdinalIgnoreCase);
    }
}
