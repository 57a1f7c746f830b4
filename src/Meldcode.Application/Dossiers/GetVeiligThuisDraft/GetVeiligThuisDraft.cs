using Meldcode.Application.Common.Documents;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Dossiers.GetVeiligThuisDraft;

/// <summary>The draft report for Veilig Thuis as plain text, to read and copy on screen (viewing is not an export).</summary>
[AccessLogged(AccessAction.Read)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record GetVeiligThuisDraftQuery(Guid DossierId) : IRequest<VeiligThuisDraft>, IDossierRequest;

public sealed class GetVeiligThuisDraftQueryHandler(IApplicationDbContext context, DossierReader reader, CurrentUserContext users, TimeProvider clock)
    : IRequestHandler<GetVeiligThuisDraftQuery, VeiligThuisDraft>
{
    public async Task<VeiligThuisDraft> Handle(GetVeiligThuisDraftQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var (dossier, _, header) = await reader.ReadAsync(request.DossierId, cancellationToken).ConfigureAwait(false);
        var source = DossierDocumentSource.Of(dossier, header, user.Actor, clock.GetUtcNow());
        var region = await context.Organisations.Where(o => o.Id == dossier.OrganisationId).Select(o => o.VeiligThuisRegion)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return new VeiligThuisDraft(PlainTextDocument.Write(VeiligThuisDraftDocument.Compose(source)), VeiligThuisDraftDocument.DecidedToReport(dossier), VeiligThuisRegions.Name(region));
    }
}
