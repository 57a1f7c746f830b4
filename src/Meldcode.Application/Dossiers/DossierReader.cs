using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers;

/// <summary>A dossier as read for display (never to change it), with its version and the names it refers to.</summary>
public sealed record DossierReading(Dossier Dossier, int Version, DossierHeader Header);

/// <summary>
/// Reads a dossier for display: the version and names (as the access check of the same request read them, or
/// else in one statement), then the aggregate from
/// <see cref="DossierReadCache"/> under that version, or loaded untracked and kept there. Access must
/// have been checked before (the authorization behaviour does that for every dossier request).
/// </summary>
public sealed class DossierReader(IApplicationDbContext context, DossierReadCache cache, DossierHeaders headers)
{
    public async Task<DossierReading> ReadAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var header = headers.Take(dossierId) ?? await DossierHeader.ReadAsync(context, dossierId, cancellationToken).ConfigureAwait(false);
        var version = header.Version;
        if (!cache.TryGet(dossierId, version, out var dossier) || dossier is null)
        {
            (dossier, version) = await LoadAsync(dossierId, cancellationToken).ConfigureAwait(false);
            cache.Add(dossierId, version, dossier);
        }

        return new DossierReading(dossier, version, header);
    }

    /// <summary>
    /// The whole dossier and the version it is at, read from one snapshot: the parts load with separate
    /// statements, and a save in between must not leave a mix of two versions on screen.
    /// </summary>
    private async Task<(Dossier Dossier, int Version)> LoadAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var transaction = await context.BeginReadSnapshotAsync(cancellationToken).ConfigureAwait(false);
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
