using Meldcode.Domain.Users;

namespace Meldcode.Application.Authentication;

/// <summary>Starting a session on the server, shared by both ways of signing in.</summary>
internal static class Sessions
{
    /// <summary>
    /// Adds a new session for the user (saved with the caller's save) and removes, in one statement, the user's
    /// sessions that are past the longest session lifetime: nobody can use them any more, and so the table holds
    /// only live sessions.
    /// </summary>
    public static async Task<UserSession> StartAsync(IApplicationDbContext context, User user, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var expiredBefore = now - lifetime;
        await context.UserSessions
            .Where(s => s.UserId == user.Id && s.StartedAt < expiredBefore)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        var session = UserSession.Start(user, now);
        context.UserSessions.Add(session);
        return session;
    }

    public static SignInIdentity IdentityOf(User user, UserSession session) => new(user.Id, user.DisplayName, user.Roles, session.Id);
}
