namespace Meldcode.Domain.Notifications;

/// <summary>Where a notification mail stands.</summary>
public enum PendingMailStatus
{
    /// <summary>Not sent yet: due at <see cref="PendingMail.NextAttemptAt"/>.</summary>
    Waiting,

    Sent,

    /// <summary>Not sent, and never will be: the recipient is inactive or has no e-mail address.</summary>
    Skipped,

    /// <summary>Not sent: every attempt failed (<see cref="PendingMail.MaxAttempts"/>).</summary>
    GaveUp,
}

/// <summary>
/// A row of the outbox: someone is to get the mail "Er staat iets voor je klaar in Meldcode". It holds who and when,
/// never any content: the text is made when the mail is sent and says nothing about a dossier. Queued in the same
/// save as the change that caused it; a user has at most one waiting (new things join the waiting one).
/// </summary>
public sealed class PendingMail
{
    /// <summary>After this many failed attempts the mail is given up.</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(1);

    private PendingMail(Guid id, Guid recipientUserId, DateTimeOffset queuedAt)
    {
        Id = id;
        RecipientUserId = recipientUserId;
        QueuedAt = queuedAt;
        NextAttemptAt = queuedAt;
        Status = PendingMailStatus.Waiting;
    }

    public Guid Id { get; private set; }

    public Guid RecipientUserId { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public PendingMailStatus Status { get; private set; }

    /// <summary>How many times sending was started (also a concurrency token: two senders cannot both start the same attempt).</summary>
    public int Attempts { get; private set; }

    /// <summary>While waiting: not sent before this moment.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When it stopped waiting: sent, skipped or given up.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsWaiting => Status == PendingMailStatus.Waiting;

    public static PendingMail Queue(Guid recipientUserId, DateTimeOffset now)
    {
        if (recipientUserId == Guid.Empty)
        {
            throw new ArgumentException("A mail needs a recipient.", nameof(recipientUserId));
        }

        return new PendingMail(Guid.NewGuid(), recipientUserId, now);
    }

    /// <summary>
    /// How long to wait after the given number of attempts before the next: one minute, doubling each time, at most an
    /// hour (1, 2, 4, 8, 16, 32, 60, 60, 60 minutes: ten attempts over about four and a half hours).
    /// </summary>
    public static TimeSpan RetryDelay(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var doublings = Math.Min(attempts - 1, 10);
        var delay = FirstRetryDelay * (1 << doublings);
        return delay < LongestRetryDelay ? delay : LongestRetryDelay;
    }

    public bool IsDue(DateTimeOffset now) => IsWaiting && NextAttemptAt <= now;

    /// <summary>Not before <paramref name="until"/> (the minimum interval between two mails to one person).</summary>
    public void Postpone(DateTimeOffset until)
    {
        EnsureWaiting();
        if (until > NextAttemptAt)
        {
            NextAttemptAt = until;
        }
    }

    /// <summary>
    /// Sending starts: one more attempt, and the next one is already planned after the retry delay. If this attempt
    /// fails, or the process stops before it is recorded, the mail is tried again then.
    /// </summary>
    public void StartAttempt(DateTimeOffset now)
    {
        EnsureWaiting();
        Attempts++;
        NextAttemptAt = now + RetryDelay(Attempts);
    }

    public void MarkSent(DateTimeOffset now) => Close(PendingMailStatus.Sent, now);

    /// <summary>The recipient cannot get mail (inactive, or no e-mail address): the mail will never be sent.</summary>
    public void Skip(DateTimeOffset now) => Close(PendingMailStatus.Skipped, now);

    /// <summary>The attempt failed. Returns true when that was the last one and the mail is given up; otherwise it waits for the next attempt.</summary>
    public bool AttemptFailed(DateTimeOffset now)
    {
        EnsureWaiting();
        if (Attempts < MaxAttempts)
        {
            return false;
        }

        Close(PendingMailStatus.GaveUp, now);
        return true;
    }

    private void Close(PendingMailStatus status, DateTimeOffset now)
    {
        EnsureWaiting();
        Status = status;
        ClosedAt = now;
        if (status == PendingMailStatus.Sent)
        {
            SentAt = now;
        }
    }

    private void EnsureWaiting()
    {
        if (!IsWaiting)
        {
            throw new InvalidOperationException($"This mail is no longer waiting ({Status}).");
        }
    }
}
