using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.GetNewDossierChoices;

/// <summary>The teams in which the user may open a dossier.</summary>
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record GetNewDossierChoicesQuery : IRequest<IReadOnlyList<TeamChoice>>;

public sealed class GetNewDossierChoicesQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetNewDossierChoicesQuery, IReadOnlyList<TeamChoice>>
{
    public async Task<IReadOnlyList<TeamChoice>> Handle(GetNewDossierChoicesQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        List<Guid> teamIds = [.. user.TeamsWhere(Role.Professional).Concat(user.TeamsWhere(Role.SafeguardingLead)).Distinct()];
        return await context.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .OrderBy(t => t.Name).Select(t => new TeamChoice(t.Id, t.Name, t.Sector))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
