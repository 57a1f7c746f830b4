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

    public bool Holds(Role role) => Memberships.Any(m => m.Role == role);

    public bool Holds(Role role, Guid teamId) => Memberships.Any(m => m.Role == role && m.TeamId == teamId);

    public IReadOnlyList<Guid> TeamsWhere(Role role) => Memberships.Where(m => m.Role == role && m.TeamId is not null).Select(m => m.TeamId!.Value).ToList();
}

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
        if (_loaded is not null)
        {
            return _loaded;
        }

        var userId = _currentUser.UserId ?? throw new ForbiddenAccessException();
        var found = await _context.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.OrganisationId,
                u.IsActive,
                Sector = _context.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Sector).Single(),
                Memberships = u.Memberships.ToList(),
            })
            .AsSingleQuery() // a handful of memberships: one statement instead of two on every request
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (found is null || !found.IsActive)
        {
            throw new ForbiddenAccessException("The signed-in user does not exist or is deactivated.");
        }

        _loaded = new UserContext(found.Id, found.DisplayName, found.OrganisationId, found.Sector, found.Memberships);
        return _loaded;
    }
}
