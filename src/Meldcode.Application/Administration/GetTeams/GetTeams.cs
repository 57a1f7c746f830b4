using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GetTeams;

/// <summary>The organisation's teams and locations, by name, with their sector and how many people hold a role there.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetTeamsQuery : IRequest<IReadOnlyList<TeamDto>>;

public sealed class GetTeamsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetTeamsQuery, IReadOnlyList<TeamDto>>
{
    public async Task<IReadOnlyList<TeamDto>> Handle(GetTeamsQuery request, CancellationToken cancellationToken)
    {
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var teams = await context.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == administrator.OrganisationId)
            .Select(t => new
            {
                t.Id,
                t.Name,
                t.Sector,
                Version = EF.Property<int>(t, VersionedSave.VersionProperty),
                Members = context.Users.Count(u => u.IsActive && u.Memberships.Any(m => m.TeamId == t.Id)),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return teams
            .Select(t => new TeamDto(t.Id, t.Name, t.Sector, t.Version, t.Members))
            .OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
