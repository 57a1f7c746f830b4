using MediatR;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Queries;

/// <summary>A dossier as its reader sees it: the whole record (read-only), the version to send back with changes, and what the reader may do.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record GetDossierQuery(Guid DossierId) : IRequest<DossierView>, IDossierRequest;

public sealed record DossierView(
    Dossier Dossier,
    int Version,
    DossierPermission Permissions,
    string TeamName,
    string OwnerName,
    string OrganisationName,
    DateOnly Today,
    Guid ViewerId)
{
    public bool CanWork => !Dossier.IsClosed && Permissions.HasFlag(DossierPermission.Work);

    public bool CanAdvise => !Dossier.IsClosed && (Permissions.HasFlag(DossierPermission.Work) || Permissions.HasFlag(DossierPermission.Advise));

    public bool CanCorrect => Permissions.HasFlag(DossierPermission.Work);

    public ConsultationRequest? OpenRequestForViewer =>
        Dossier.ConsultationRequests.FirstOrDefault(r => r.IsOpen && r.ConsultantId == ViewerId);

    public IReadOnlyList<StepProgress> Steps => Dossier.Steps(Today);

    public NextAction NextAction => Dossier.NextActionOn(Today);
}

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
