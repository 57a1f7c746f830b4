using Meldcode.Application.Common.Users;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.SearchUsers;

/// <summary>The organisation's users whose name or e-mail address contains the search text (all when empty): people waiting for access first, then by name.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record SearchUsersQuery(string? Search) : IRequest<UserSearchResult>;

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
            // Name and address folded on both sides (case and accents ignored, on either database).
            var pattern = SearchText.ContainsPattern(search);
            query = query.Where(u => EF.Functions.Like(SearchText.Fold(u.DisplayName), pattern, SearchText.LikeEscape)
                || (u.Email != null && EF.Functions.Like(SearchText.Fold(u.Email), pattern, SearchText.LikeEscape)));
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
