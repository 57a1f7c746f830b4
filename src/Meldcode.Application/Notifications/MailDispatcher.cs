using Meldcode.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.Notifications;

/// <summary>What one run of <see cref="MailDispatcher"/> did, in counts of recipients.</summary>
public sealed record MailRun(int Sent, int Skipped, int Postponed, int Failed, int GivenUp)
{
    public static MailRun Nothing { get; } = new(0, 0, 0, 0, 0);

    public bool IsEmpty => this == Nothing;
}

/// <summary>
/// Run by the scheduler, not by a user: sends the waiting mails that are due, one per recipient. Someone inactive or
/// without an e-mail address is skipped for good; someone mailed less than <see cref="MailOptions.MinimumInterval"/>
/// ago waits until it has passed; a failed send is tried again later (<see cref="PendingMail.RetryDelay"/>) and given up
/// after <see cref="PendingMail.MaxAttempts"/>. Logs name the user's id only, never an address or a name.
/// </summary>
/// <remarks>
/// Delivery is at least once. An attempt is recorded (and the next one planned) before the mail is sent, and the mail is
/// marked sent after; the attempt count is a concurrency token, so two processes sharing the database cannot start the
/// same attempt. A process that stops between sending and marking leaves the mail to be sent again after the retry
/// delay: a rare second mail, never a lost one.
/// </remarks>
public sealed partial class MailDispatcher(
    IApplicationDbContext context,
    IMailTransport transport,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<MailDispatcher> logger)
{
    /// <summary>At most this many recipients per run; the rest follow in the next run.</summary>
    public const int RecipientsPerRun = 50;

    /// <summary>Mails that stopped waiting (sent, skipped, given up) are deleted after this long.</summary>
    public static readonly TimeSpan KeepClosedFor = TimeSpan.FromDays(7);

    private enum Outcome
    {
        Sent,
        Skipped,
        Postponed,
        Failed,
        GivenUp,
        LeftToAnotherSender,
    }

    public async Task<MailRun> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return MailRun.Nothing;
        }

        var now = clock.GetUtcNow();
        var closedBefore = now - KeepClosedFor;
        await context.PendingMails
            .Where(m => m.Status != PendingMailStatus.Waiting && m.ClosedAt < closedBefore)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        var due = await context.PendingMails.AsNoTracking()
            .Where(m => m.Status == PendingMailStatus.Waiting && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.RecipientUserId)
            .Take(RecipientsPerRun * 2)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var outcomes = new List<Outcome>();
        foreach (var recipient in due.Distinct().Take(RecipientsPerRun))
        {
            try
            {
                outcomes.Add(await DeliverAsync(recipient, settings, cancellationToken).ConfigureAwait(false));
            }
            catch (DbUpdateConcurrencyException)
            {
                outcomes.Add(Outcome.LeftToAnotherSender);
            }
            finally
            {
                context.ChangeTracker.Clear();
            }
        }

        return new MailRun(
            outcomes.Count(o => o == Outcome.Sent),
            outcomes.Count(o => o == Outcome.Skipped),
            outcomes.Count(o => o == Outcome.Postponed),
            outcomes.Count(o => o == Outcome.Failed),
            outcomes.Count(o => o == Outcome.GivenUp));
    }

    private async Task<Outcome> DeliverAsync(Guid recipient, MailOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mails = await context.PendingMails
            .Where(m => m.RecipientUserId == recipient && m.Status == PendingMailStatus.Waiting)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        mails.RemoveAll(m => !m.IsDue(now));
        if (mails.Count == 0)
        {
            return Outcome.LeftToAnotherSender;
        }

        var user = await context.Users.AsNoTracking()
            .Where(u => u.Id == recipient)
            .Select(u => new { u.IsActive, u.Email })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (user is not { IsActive: true, Email: { Length: > 0 } address })
        {
            mails.ForEach(m => m.Skip(now));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogSkipped(logger, recipient, user is null ? "unknown user" : user.IsActive ? "no e-mail address" : "inactive");
            return Outcome.Skipped;
        }

        var lastSent = await context.PendingMails.AsNoTracking()
            .Where(m => m.RecipientUserId == recipient && m.Status == PendingMailStatus.Sent)
            .OrderByDescending(m => m.SentAt)
            .Select(m => m.SentAt)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (lastSent is { } last && last + settings.MinimumInterval > now)
        {
            mails.ForEach(m => m.Postpone(last + settings.MinimumInterval));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Outcome.Postponed;
        }

        // Claim the attempt before sending: a second sender's save of the same rows now fails on the attempt count.
        mails.ForEach(m => m.StartAttempt(now));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        try
        {
            await transport.SendAsync(NotificationMail.To(address, settings.InboxLink), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failedAt = clock.GetUtcNow();
            var attempts = mails.Max(m => m.Attempts);
            var givenUp = mails.Select(m => m.AttemptFailed(failedAt)).ToList().Contains(true);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var reason = exception is MailNotSentException ? exception.Message : exception.GetType().Name;
            if (givenUp)
            {
                LogGivenUp(logger, recipient, attempts, reason);
                return Outcome.GivenUp;
            }

            LogFailed(logger, recipient, attempts, reason, mails.Min(m => m.NextAttemptAt));
            return Outcome.Failed;
        }

        var sentAt = clock.GetUtcNow();
        mails.ForEach(m => m.MarkSent(sentAt));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome.Sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification mail for user {UserId} skipped for good: {Reason}.")]
    private static partial void LogSkipped(ILogger logger, Guid userId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification mail for user {UserId} not sent (attempt {Attempt}): {Reason}. Next attempt at {NextAttemptAt:O}.")]
    private static partial void LogFailed(ILogger logger, Guid userId, int attempt, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification mail for user {UserId} given up after {Attempts} failed attempts; last: {Reason}.")]
    private static partial void LogGivenUp(ILogger logger, Guid userId, int attempts, string reason);
}
