using System.Reflection;
using Meldcode.Application.Notifications;
using Meldcode.Application.Tests.Notifications.Support;

namespace Meldcode.Application.Tests.Notifications;

/// <summary>The one text Meldcode mails: plain Dutch, the link, why you get it — and by construction nothing about a dossier.</summary>
public sealed class NotificationMailTests
{
    private static readonly Uri Inbox = new(MailSettings.InboxLink);

    [Fact]
    public void The_mail_says_something_waits_gives_the_link_and_how_to_stop_it()
    {
        var mail = NotificationMail.To("carla.visser@regenboog.example", Inbox);

        Assert.Equal("carla.visser@regenboog.example", mail.To);
        Assert.Equal("Er staat iets voor je klaar in Meldcode", mail.Subject);
        Assert.Equal(
            """
            Hallo,

            Er staat iets voor je klaar in Meldcode. Log in om te zien wat het is:
            https://meldcode.regenboog.example/postvak

            In deze e-mail staat nooit over wie of wat het gaat. Dat lees je alleen in Meldcode zelf.

            Je krijgt deze e-mail omdat je organisatie e-mails over Meldcode heeft aangezet. Wil je deze e-mails niet meer krijgen? Vraag het de functioneel beheerder van Meldcode in je organisatie.

            """.ReplaceLineEndings("\n"),
            mail.Body);
    }

    [Fact]
    public void The_mail_is_made_from_an_address_and_a_link_only_so_no_dossier_can_get_into_it()
    {
        var builders = typeof(NotificationMail).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);

        var parameterTypes = builders.SelectMany(m => m.GetParameters()).Select(p => p.ParameterType).ToHashSet();

        Assert.NotEmpty(builders);
        Assert.Equal(new HashSet<Type> { typeof(string), typeof(Uri) }, parameterTypes);
    }

    [Fact]
    public void The_mail_has_no_room_for_anything_but_address_subject_and_body()
    {
        Assert.Equal(
            ["Body", "Subject", "To"],
            typeof(OutgoingMail).GetProperties().Where(p => p.DeclaringType == typeof(OutgoingMail) && p.Name != "EqualityContract").Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
