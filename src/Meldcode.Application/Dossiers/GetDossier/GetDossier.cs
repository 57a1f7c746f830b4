using Meldcode.Application.Dossiers.Access;

namespace Meldcode.Application.Dossiers.GetDossier;

/// <summary>A dossier as its reader sees it: the whole record (read-only), the version to send back with changes, and what the reader may do.</summary>
[AccessLogged(AccessAction.Read)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record GetDossierQuery(Guid DossierId) : IRequest<DossierView>, IDossierRequest;

public sealed class GetDossierQueryHandler(DossierReader reader, CurrentUserContext users, TimeProvider clock) : IRequestHandler<GetDossierQuery, DossierView>
{
    public async Task<DossierView> Handle(GetDossierQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var (dossier, version, header) = await reader.ReadAsync(request.DossierId, cancellationToken).ConfigureAwait(false);
        return new DossierView(dossier, version, DossierAccess.For(DossierAccessFacts.Of(dossier), user), header.Team, header.Owner, header.Organisation, DutchTime.Today(clock.GetUtcNow()), user.UserId);
    }
}
