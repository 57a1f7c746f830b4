namespace Meldcode.Application.Notifications;

/// <summary>
/// Queues the notification mail "Er staat iets voor je klaar in Meldcode" for people who have something new in
/// Meldcode. The mail itself never says what: no child, no dossier, no category.
/// </summary>
public interface IMailQueue
{
    /// <summary>
    /// Adds a waiting mail to the unit of work for each recipient who has none waiting yet, <b>without saving</b>: the
    /// caller's <c>SaveChangesAsync</c> saves them together with the change that caused them, or neither. Does nothing
    /// while notification mail is switched off (<c>Mail:Enabled</c>).
    /// </summary>
    void Queue(IEnumerable<Guid> recipientUserIds, DateTimeOffset now);
}
