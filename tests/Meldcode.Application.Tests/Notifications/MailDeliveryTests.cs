using System.Threading.Channels;
using Meldcode.Application.Notifications;
using Meldcode.Application.Tests.Notifications.Support;
using Meldcode.Domain.Notifications;
using Meldcode.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Meldcode.Application.Tests.Notifications;

/// <summary>The hosted service: switched on, it sends at start and then every 30 seconds of the clock; switched off, it stops at once.</summary>
public sealed class MailDeliveryTests : MailTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Mail_delivery_sends_at_start_and_again_when_thirty_seconds_have_passed()
    {
        await GiveAddressAsync(School.LeadA, "carla.visser@regenboog.example");
        await GiveAddressAsync(School.LeadB, "daan.smit@regenboog.example");
        var handed = Channel.CreateUnbounded<OutgoingMail>();
        Transport!.SendAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            handed.Writer.TryWrite(call.Arg<OutgoingMail>());
            return Task.CompletedTask;
        });
        await QueueAsync(School.LeadA);
        using var delivery = ActivatorUtilities.CreateInstance<MailDelivery>(Host.Services);

        await delivery.StartAsync(CancellationToken.None);
        var atStart = await handed.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        await QueueAsync(School.LeadB);
        Clock.Advance(MailDelivery.Interval);
        var later = await handed.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        await delivery.StopAsync(CancellationToken.None);

        Assert.Equal("carla.visser@regenboog.example", atStart.To);
        Assert.Equal("daan.smit@regenboog.example", later.To);
        Assert.False(handed.Reader.TryRead(out _));
    }
}

/// <summary>Notification mail switched off (the default): the hosted service does nothing and ends.</summary>
public sealed class MailDeliverySwitchedOffTests : SchoolTest
{
    [Fact]
    public async Task Switched_off_mail_delivery_ends_at_once_and_sends_nothing()
    {
        await Host.WithContextAsync(context =>
        {
            context.PendingMails.Add(PendingMail.Queue(School.LeadA.Id, Clock.Now));
            return context.SaveChangesAsync();
        });
        using var delivery = ActivatorUtilities.CreateInstance<MailDelivery>(Host.Services);

        await delivery.StartAsync(CancellationToken.None);
        await delivery.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(delivery.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(PendingMailStatus.Waiting, (await Host.WithContextAsync(context => context.PendingMails.SingleAsync())).Status);
    }
}
