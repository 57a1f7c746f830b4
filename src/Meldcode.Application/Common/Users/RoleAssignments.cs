using Meldcode.Domain.Users;

namespace Meldcode.Application.Common.Users;

internal static class RoleAssignments
{
    /// <summary>The role assignments of each user, in role order, with team names looked up once for all users.</summary>
    public static async Task<Func<User, IReadOnlyList<RoleAssignmentDto>>> LoaderAsync(
        IApplicationDbContext context, IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var teamNames = await context.Teams
            .AsNoTracking()
            .Where(t => organisationIds.Contains(t.OrganisationId))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken)
            .ConfigureAwait(false);

        return user => user.Memberships
            .Select(m => new RoleAssignmentDto(m.Role, m.TeamId is { } teamId ? teamNames.GetValueOrDefault(teamId) : null))
            .OrderBy(r => r.Role)
            .ThenBy(r => r.TeamName, StringComparer.CurrentCulture)
            .ToList();
    }
}
