using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.GetColleagues;

/// <summary>Who can be asked for advice on a dossier, and who can join it as collaborator.</summary>
[AccessLogged(AccessAction.Read)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record GetColleaguesQuery(Guid DossierId) : IRequest<ColleagueChoices>, IDossierRequest;

public sealed class GetColleaguesQueryHandler(IApplicationDbContext context) : IRequestHandler<GetColleaguesQuery, ColleagueChoices>
{
    public async Task<ColleagueChoices> Handle(GetColleaguesQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dossier = await context.Dossiers.AsNoTracking().Where(d => d.Id == request.DossierId)
            .Select(d => new { d.OrganisationId, d.TeamId, d.OwnerId, Collaborators = d.Collaborators.Select(c => c.UserId).ToList() })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var working = dossier.Collaborators.Append(dossier.OwnerId).ToHashSet();
        var users = await context.Users.AsNoTracking().Include(u => u.Memberships)
            .Where(u => u.OrganisationId == dossier.OrganisationId && u.IsActive)
            .Where(u => u.Memberships.Any(m => m.Role == Role.Professional || m.Role == Role.SafeguardingLead))
            .OrderBy(u => u.DisplayName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var candidates = users.Where(u => !working.Contains(u.Id)).ToList();
        bool LeadOfTeam(User u) => u.Memberships.Any(m => m.Role == Role.SafeguardingLead && m.TeamId == dossier.TeamId);
        return new ColleagueChoices(
            candidates.Select(u => new Colleague(u.Id, u.DisplayName, LeadOfTeam(u))).OrderByDescending(c => c.IsLeadOfTeam).ToList(),
            candidates.Where(u => u.Memberships.Any(m => m.Role == Role.Professional && m.TeamId == dossier.TeamId))
                .Select(u => new Colleague(u.Id, u.DisplayName, LeadOfTeam(u))).ToList());
    }
}
