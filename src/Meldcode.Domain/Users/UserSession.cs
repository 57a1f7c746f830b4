namespace Meldcode.Domain.Users;

/// <summary>
/// A signed-in session, kept on the server. The session cookie names it; a cookie whose session is no longer
/// here (signed out, or the user was deactivated) is refused, however valid the cookie itself still is.
/// </summary>
public sealed class UserSession
{
    private UserSession(Guid id, Guid userId, DateTimeOffset startedAt)
    {
        Id = id;
        UserId = userId;
        StartedAt = startedAt;
    }

    /// <summary>Random and not guessable; it travels only inside the encrypted session cookie.</summary>
    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public static UserSession Start(User user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserSession(Guid.NewGuid(), user.Id, now);
    }
}
