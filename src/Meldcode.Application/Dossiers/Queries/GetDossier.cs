using MediatR;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

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

public sealed class GetDossierQueryHandler(IApplicationDbContext context, CurrentUserContext users, DossierReadCache cache, TimeProvider clock) : IRequestHandler<GetDossierQuery, DossierView>
{
    public async Task<DossierView> Handle(GetDossierQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var header = await DossierHeader.ReadAsync(context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var version = header.Version;
        if (!cache.TryGet(request.DossierId, version, out var dossier) || dossier is null)
        {
            (dossier, version) = await LoadAsync(request.DossierId, cancellationToken).ConfigureAwait(false);
            cache.Add(request.DossierId, version, dossier);
        }

        return new DossierView(dossier, version, DossierAccess.For(DossierAccessFacts.Of(dossier), user), header.Team, header.Owner, header.Organisation, DutchTime.Today(clock.GetUtcNow()), user.UserId);
    }

    /// <summary>
    /// The whole dossier and the version it is at, read inside one transaction: the parts load with
    /// separate statements, and a save in between must not leave a mix of two versions on screen.
    /// </summary>
    private async Task<(Dossier Dossier, int Version)> LoadAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var version = await context.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
                .Select(d => EF.Property<int>(d, VersionedSave.VersionProperty))
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            var dossier = await DossierWorkspace.LoadAsync(context, dossierId, cancellationToken, tracking: false).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (dossier, version);
        }
    }
}
