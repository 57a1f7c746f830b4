using Meldcode.Application.Notifications;
using Meldcode.Domain.Notifications;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Meldcode.Application.Tests.Notifications.Support;

/// <summary>The <c>Mail</c> settings of the tests: switched on, for the school's installation.</summary>
public static class MailSettings
{
    public const string From = "meldcode@regenboog.example";

    public const string LinkBaseUrl = "https://meldcode.regenboog.example";

    public const string InboxLink = LinkBaseUrl + "/postvak";

    /// <summary>Mail switched on, through a plain SMTP server on this machine at <paramref name="smtpPort"/>.</summary>
    public static Dictionary<string, string?> On(int smtpPort = 25) => new()
    {
        ["Mail:Enabled"] = "true",
        ["Mail:From"] = From,
        ["Mail:LinkBaseUrl"] = LinkBaseUrl,
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Smtp:Timeout"] = "00:00:10",
    };
}

/// <summary>
/// The school with notification mail switched on. Unless a test class gives its own, the transport (the SMTP port) is a
/// substitute: the tests assert what was handed to it, and the SMTP delivery itself in SmtpDeliveryTests.
/// </summary>
public abstract class MailTest : SchoolTest
{
    protected MailTest()
        : this(Substitute.For<IMailTransport>(), MailSettings.On())
    {
    }

    protected MailTest(IMailTransport? transport, Dictionary<string, string?> settings)
        : base(settings, transport is null ? null : services => services.AddSingleton(transport))
    {
        Transport = transport;
    }

    /// <summary>The substitute transport; null when the test class uses the real one.</summary>
    protected IMailTransport? Transport { get; }

    /// <summary>What was handed to the substitute transport, in order.</summary>
    protected IReadOnlyList<OutgoingMail> Handed =>
        Transport!.ReceivedCalls().Select(call => (OutgoingMail)call.GetArguments()[0]!).ToList();

    /// <summary>Sets a user's e-mail address, as their identity provider would at sign-in.</summary>
    protected Task GiveAddressAsync(User user, string address) =>
        Host.WithContextAsync(async context =>
        {
            var saved = await context.Users.SingleAsync(u => u.Id == user.Id);
            saved.UpdateProfile(saved.DisplayName, address);
            return await context.SaveChangesAsync();
        });

    /// <summary>Queues a mail for each user and saves, as a use case does with the change that causes it.</summary>
    protected async Task QueueAsync(params User[] users)
    {
        using var scope = Host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMailQueue>().Queue(users.Select(u => u.Id), Clock.Now);
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SaveChangesAsync();
    }

    /// <summary>One run of the sender, as the hosted service makes every 30 seconds.</summary>
    protected async Task<MailRun> SendDueMailsAsync()
    {
        using var scope = Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MailDispatcher>().RunAsync(CancellationToken.None);
    }

    protected Task<List<PendingMail>> OutboxAsync() =>
        Host.WithContextAsync(context => context.PendingMails.AsNoTracking().OrderBy(m => m.QueuedAt).ToListAsync());

    protected Task<List<PendingMail>> OutboxOfAsync(User user) =>
        Host.WithContextAsync(context => context.PendingMails.AsNoTracking().Where(m => m.RecipientUserId == user.Id).OrderBy(m => m.QueuedAt).ToListAsync());
}
