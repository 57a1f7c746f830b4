using Meldcode.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.Notifications;

/// <summary>
/// The outbox: one <see cref="PendingMail"/> per recipient, added to the caller's unit of work. Someone who already has a
/// mail waiting gets no second one (the waiting mail covers the new thing too); <see cref="MailDispatcher"/> also sends
/// one mail for several waiting rows should two saves have queued one each at the same moment.
/// </summary>
public sealed class MailQueue(IApplicationDbContext context, IOptions<MailOptions> options) : IMailQueue
{
    public void Queue(IEnumerable<Guid> recipientUserIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recipientUserIds);
        if (!options.Value.Enabled)
        {
            return;
        }

        var recipients = recipientUserIds.Where(id => id != Guid.Empty).ToHashSet();
        if (recipients.Count == 0)
        {
            return;
        }

        // Waiting already: in this unit of work, or saved earlier. One small indexed query; it is synchronous because
        // the interface is (callers queue in the middle of building their change), and SQLite's provider runs
        // queries synchronously anyway.
        var waiting = context.PendingMails.Local
            .Where(m => m.IsWaiting && recipients.Contains(m.RecipientUserId))
            .Select(m => m.RecipientUserId)
            .ToHashSet();
        waiting.UnionWith(context.PendingMails
            .Where(m => m.Status == PendingMailStatus.Waiting && recipients.Contains(m.RecipientUserId))
            .Select(m => m.RecipientUserId)
            .ToList());

        foreach (var recipient in recipients.Where(r => !waiting.Contains(r)))
        {
            context.PendingMails.Add(PendingMail.Queue(recipient, now));
        }
    }
}
