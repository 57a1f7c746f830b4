using MediatR;
using Meldcode.Application.Administration.Log;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Users;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Administration.Users;

/// <summary>The organisation's users whose name or e-mail address contains the search text (all when empty): people waiting for access first, then by name.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record SearchUsersQuery(string? Search) : IRequest<UserSearchResult>;

public sealed record UserListItem(Guid Id, string DisplayName, string? Email, bool IsActive, IReadOnlyList<RoleAssignmentDto> Roles)
{
    public bool IsWaitingForAccess => IsActive && Roles.Count == 0;
}

/// <summary>At most <see cref="SearchUsersQueryHandler.MaxResults"/> users; <see cref="MoreThanShown"/> says to search more precisely.</summary>
public sealed record UserSearchResult(IReadOnlyList<UserListItem> Users, bool MoreThanShown);

public sealed class SearchUsersQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<SearchUsersQuery, UserSearchResult>
{
    public const int MaxResults = 100;

    public async Task<UserSearchResult> Handle(SearchUsersQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var query = context.Users.AsNoTracking().Include(u => u.Memberships).Where(u => u.OrganisationId == administrator.OrganisationId);
        if (request.Search?.Trim() is { Length: > 0 } search)
        {
            // LIKE with the wildcards of the search text escaped; SQLite compares ASCII letters without case.
            var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(u => EF.Functions.Like(u.DisplayName, pattern, "\\") || EF.Functions.Like(u.Email!, pattern, "\\"));
        }

        var found = await query
            .OrderBy(u => u.IsActive && !u.Memberships.Any() ? 0 : 1)
            .ThenBy(u => u.DisplayName)
            .ThenBy(u => u.Id)
            .Take(MaxResults + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rolesOf = await RoleAssignments.LoaderAsync(context, [administrator.OrganisationId], cancellationToken).ConfigureAwait(false);
        return new UserSearchResult(
            found.Take(MaxResults).Select(u => new UserListItem(u.Id, u.DisplayName, u.Email, u.IsActive, rolesOf(u))).ToList(),
            found.Count > MaxResults);
    }
}

/// <summary>One user of the organisation as the functioneel beheerder manages them: roles, status, and their part of the administration log.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetManagedUserQuery(Guid UserId) : IRequest<ManagedUserDto>;

public sealed record ManagedRoleDto(Role Role, Guid? TeamId, string? TeamName);

public sealed record TeamOption(Guid Id, string Name);

public sealed record ManagedUserDto(
    Guid Id,
    string DisplayName,
    string? Email,
    bool IsActive,
    bool SignsInThroughOrganisation,
    bool IsSelf,
    int Version,
    IReadOnlyList<ManagedRoleDto> Roles,
    IReadOnlyList<TeamOption> Teams,
    IReadOnlyList<AdministrationLogLine> History)
{
    public bool IsWaitingForAccess => IsActive && Roles.Count == 0;
}

public sealed class GetManagedUserQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetManagedUserQuery, ManagedUserDto>
{
    public const int HistoryLength = 20;

    public async Task<ManagedUserDto> Handle(GetManagedUserQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var user = await context.Users.Include(u => u.Memberships) // tracked, for its version
            .SingleOrDefaultAsync(u => u.Id == request.UserId && u.OrganisationId == administrator.OrganisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), request.UserId);
        var teams = await context.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == administrator.OrganisationId)
            .OrderBy(t => t.Name)
            .Select(t => new TeamOption(t.Id, t.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = await context.AdministrationLog.AsNoTracking()
            .Where(e => e.OrganisationId == administrator.OrganisationId && e.SubjectId == user.Id)
            .OrderByDescending(e => e.At)
            .Take(HistoryLength)
            .Select(e => new AdministrationLogLine(e.At, e.ActorName, e.Description))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var roles = user.Memberships
            .Select(m => new ManagedRoleDto(m.Role, m.TeamId, teams.Find(t => t.Id == m.TeamId)?.Name))
            .OrderBy(r => r.Role)
            .ThenBy(r => r.TeamName, StringComparer.CurrentCulture)
            .ToList();
        return new ManagedUserDto(
            user.Id, user.DisplayName, user.Email, user.IsActive, user.ExternalSubject is not null, user.Id == administrator.UserId, context.VersionOf(user), roles, teams, history);
    }
}
