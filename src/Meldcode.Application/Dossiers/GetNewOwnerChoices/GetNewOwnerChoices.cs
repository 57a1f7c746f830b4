using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.GetColleagues;

namespace Meldcode.Application.Dossiers.GetNewOwnerChoices;

/// <summary>To whom the aandachtsfunctionaris can hand the dossier: the active professionals and aandachtsfunctionarissen of its team, except its owner.</summary>
[AccessLogged(AccessAction.Read)]
[Authorize]
[RequiresDossierPermission(DossierPermission.HandOver)]
public sealed record GetNewOwnerChoicesQuery(Guid DossierId) : IRequest<IReadOnlyList<Colleague>>, IDossierRequest;

public sealed class GetNewOwnerChoicesQueryHandler(IApplicationDbContext context) : IRequestHandler<GetNewOwnerChoicesQuery, IReadOnlyList<Colleague>>
{
    public async Task<IReadOnlyList<Colleague>> Handle(GetNewOwnerChoicesQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dossier = await context.Dossiers.AsNoTracking().Where(d => d.Id == request.DossierId)
            .Select(d => new { d.OrganisationId, d.TeamId, d.OwnerId })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await NewOwners.InTeamsAsync(context, dossier.OrganisationId, [dossier.TeamId], cancellationToken).ConfigureAwait(false);
        return candidates.Where(c => c.UserId != dossier.OwnerId)
            .Select(c => new Colleague(c.UserId, c.Name, c.LeadOf.Contains(dossier.TeamId)))
            .ToList();
    }
}
