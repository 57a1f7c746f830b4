namespace Meldcode.Application.Notifications;

/// <summary>A mail ready to send: one recipient address, a subject and a plain-text body.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>The port that delivers one mail (SMTP in Infrastructure). Throws when the mail could not be handed over.</summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
