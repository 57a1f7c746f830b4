using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers;

/// <summary>A dossier's current version and the names it refers to by id (organisation, team, owner).</summary>
public sealed record DossierHeader(int Version, string Organisation, string Team, string Owner)
{
    /// <summary>Read with the dossier's access facts, in the one statement every dossier request makes (<see cref="DossierAccessQueries"/>).</summary>
    public static async Task<DossierHeader> ReadAsync(IApplicationDbContext context, Guid dossierId, CancellationToken cancellationToken) =>
        (await DossierAccessQueries.FactsAsync(context, dossierId, cancellationToken).ConfigureAwait(false))?.Header
            ?? throw new NotFoundException(nameof(Dossier), dossierId);
}

/// <summary>
/// The headers the access check of this request has read (scoped: one request), so that a dossier page reads the
/// dossier's row once: <see cref="DossierReader"/> takes the header from here when the check of the same request
/// read it, and from the database otherwise.
/// </summary>
public sealed class DossierHeaders
{
    private Guid _dossierId;
    private DossierHeader? _header;

    public void Remember(Guid dossierId, DossierHeader header)
    {
        _dossierId = dossierId;
        _header = header;
    }

    /// <summary>The remembered header of this dossier, once (a second read goes to the database).</summary>
    public DossierHeader? Take(Guid dossierId)
    {
        var header = _dossierId == dossierId ? _header : null;
        _header = null;
        return header;
    }
}
