using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Common.Security;

/// <summary>The signed-in user as the use cases need them: identity, organisation and role memberships, read from the database once per request.</summary>
public sealed record UserContext(Guid UserId, string Name, Guid OrganisationId, Sector Sector, IReadOnlyList<RoleMembership> Memberships)
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

    public async Task<UserContext> GetAsync(CancellationToken cancellationToken)
    {
        var userId = _currentUser.UserId ?? throw new ForbiddenAccessException();
        if (_loaded is not null && _loaded.UserId == userId)
        {
            return _loaded;
        }

        _loaded = await LoadAsync(_context.Users.Where(u => u.Id == userId && u.IsActive), cancellationToken).ConfigureAwait(false)
            ?? throw new ForbiddenAccessException("The signed-in user does not exist or is deactivated.");
        return _loaded;
    }

    /// <summary>
    /// The user of a session cookie, if the session is still open on the server and the user still active;
    /// otherwise null (signed out, deactivated, or a cookie that never belonged to a session here).
    /// </summary>
    public async Task<UserContext?> ForSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        _loaded = await LoadAsync(
            _context.Users.Where(u => u.Id == userId && u.IsActive && _context.UserSessions.Any(s => s.Id == sessionId && s.UserId == userId)),
            cancellationToken).ConfigureAwait(false);
        return _loaded;
    }

    private async Task<UserContext?> LoadAsync(IQueryable<User> users, CancellationToken cancellationToken)
    {
        var found = await users.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.OrganisationId,
                Sector = _context.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Sector).Single(),
                Memberships = u.Memberships.ToList(),
            })
            .AsSingleQuery() // a handful of memberships: one statement instead of two on every request
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : new UserContext(found.Id, found.DisplayName, found.OrganisationId, found.Sector, found.Memberships);
    }
}
