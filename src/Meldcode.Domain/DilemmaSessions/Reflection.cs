using Meldcode.Domain.Common;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// A short open reflection a participant sends during a session. Nobody sees it before the trainer approves it; text
/// that looks like a name, a date or an address is marked so the trainer reads it first. It carries no link to the
/// participant. The text is erased a number of days after the session.
/// </summary>
public sealed class Reflection
{
    public const int TextMax = 280;

    private Reflection()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>The decision point on screen when it was sent.</summary>
    public int Dilemma { get; private set; }

    public int Point { get; private set; }

    /// <summary>The text; empty once erased.</summary>
    public string Text { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public ReflectionStatus Status { get; private set; }

    public PersonalDetailHint Hints { get; private set; }

    /// <summary>Held back: looks like it may hold a name, a date or an address.</summary>
    public bool IsHeldBack => Hints != PersonalDetailHint.None;

    public bool IsErased => Text.Length == 0;

    /// <summary>A reflection sent to a running session at its current decision point.</summary>
    public static Reflection Send(Guid id, DilemmaSession session, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.IsRunning(now))
        {
            throw new DomainException("Deze sessie is afgelopen. Je reactie is niet verstuurd.");
        }

        var trimmed = Texts.Trimmed(text);
        return new Reflection
        {
            Id = id,
            SessionId = session.Id,
            Dilemma = session.CurrentDilemma,
            Point = session.CurrentPoint,
            Text = trimmed,
            SentAt = now,
            Status = ReflectionStatus.Waiting,
            Hints = ReflectionScreening.Screen(trimmed),
        };
    }

    public void Approve()
    {
        EnsureNotErased();
        Status = ReflectionStatus.Approved;
    }

    public void Reject()
    {
        EnsureNotErased();
        Status = ReflectionStatus.Rejected;
    }

    /// <summary>Deletes the text (the retention term after the session has passed); the status stays, for the figures.</summary>
    public void Erase() => Text = string.Empty;

    private void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new DomainException("Deze reactie is al verwijderd.");
        }
    }
}
