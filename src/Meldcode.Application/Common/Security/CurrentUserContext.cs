using Meldcode.Domain.Users;

namespace Meldcode.Application.Common.Security;

/// <summary>The signed-in user as the use cases need them: identity, organisation and role memberships, read from the database once per request.</summary>
public sealed record UserContext(Guid UserId, string Name, Guid OrganisationId, IReadOnlyList<RoleMembership> Memberships)
{
    public Actor Actor => new(UserId, Name);

    public IReadOnlySet<Role> Roles => Memberships.Select(m => m.Role).ToHashSet();

    public bool Holds(Role role) => Memberships.Any(m => m.Role == role);

    public bool Holds(Role role, Guid teamId) => Memberships.Any(m => m.Role == role && m.TeamId == teamId);

    public IReadOnlyList<Guid> TeamsWhere(Role role) => Memberships.Where(m => m.Role == role && m.TeamId is not null).Select(m => m.TeamId!.Value).ToList();
}

/// <summary>
/// Loads the signed-in user once per request. The session check at the start of every request
/// (<see cref="ForSessionAsync"/>) loads it together with its session, in one statement, so the use cases of
/// that request find it already loaded.
/// </summary>
public sealed class CurrentUserContext
{
    private readonly IApplicationDbContext _context;
    private readonly ICurrentUser _currentUser;
    private UserContext? _loaded;

    public CurrentUserContext(IApplicationDbContext context, ICurrentUser currentUser)
    {
        _context = context;
        _currentUser = currentUser;
    }

    public async Task<UserContext> GetAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ForbiddenAccessException("There is no signed-in user, or the user does not exist or is deactivated.");

    /// <summary>The signed-in user, or null when the request is anonymous or the user no longer exists or is deactivated.</summary>
    public async Task<UserContext?> FindAsync(CancellationToken cancellationToken)
    {
        if (_currentUser.UserId is not { } userId)
        {
            return null;
        }

        if (_loaded is not null && _loaded.UserId == userId)
        {
            return _loaded;
        }

        _loaded = await LoadAsync(userId, sessionId: null, cancellationToken).ConfigureAwait(false);
        return _loaded;
    }

    /// <summary>
    /// The user of a session cookie, if the session is still open on the server and the user still active;
    /// otherwise null (signed out, deactivated, or a cookie that never belonged to a session here).
    /// </summary>
    public async Task<UserContext?> ForSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        _loaded = await LoadAsync(userId, sessionId, cancellationToken).ConfigureAwait(false);
        return _loaded;
    }

    private async Task<UserContext?> LoadAsync(Guid userId, Guid? sessionId, CancellationToken cancellationToken)
    {
        var db = _context.AsDbContext();
        var found = await ActiveUser.For(db)(db, userId, sessionId, cancellationToken).ConfigureAwait(false);
        return found is null ? null : new UserContext(found.Id, found.DisplayName, found.OrganisationId, found.Memberships);
    }

    /// <summary>An active user with their memberships, in one statement; with a session id only while that session is open.</summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid?, CancellationToken, Task<LoadedUser?>>> ActiveUser = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid userId, Guid? sessionId, CancellationToken cancellationToken) => db.Set<User>().AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive
                && (sessionId == null || db.Set<UserSession>().Any(s => s.Id == sessionId && s.UserId == userId)))
            .Select(u => new LoadedUser(
                u.Id,
                u.DisplayName,
                u.OrganisationId,
                u.Memberships.ToList()))
            .AsSingleQuery() // a handful of memberships: one statement instead of two on every request
            .SingleOrDefault()));

    private sealed record LoadedUser(Guid Id, string DisplayName, Guid OrganisationId, List<RoleMembership> Memberships);
}
