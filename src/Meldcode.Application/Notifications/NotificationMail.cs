namespace Meldcode.Application.Notifications;

/// <summary>
/// The one text Meldcode mails: that something is waiting, and the link to the inbox. It is built from the recipient's
/// address and the link alone, so it cannot contain a child's name, anything of a dossier, or a category.
/// </summary>
public static class NotificationMail
{
    public const string Subject = "Er staat iets voor je klaar in Meldcode";

    public static OutgoingMail To(string recipientAddress, Uri inboxLink)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientAddress);
        ArgumentNullException.ThrowIfNull(inboxLink);
        var body = string.Join(
            "\n",
            "Hallo,",
            string.Empty,
            "Er staat iets voor je klaar in Meldcode. Log in om te zien wat het is:",
            inboxLink.AbsoluteUri,
            string.Empty,
            "In deze e-mail staat nooit over wie of wat het gaat. Dat lees je alleen in Meldcode zelf.",
            string.Empty,
            "Je krijgt deze e-mail omdat je organisatie e-mails over Meldcode heeft aangezet. "
                + "Wil je deze e-mails niet meer krijgen? Vraag het de functioneel beheerder van Meldcode in je organisatie.",
            string.Empty);
        return new OutgoingMail(recipientAddress, Subject, body);
    }
}
