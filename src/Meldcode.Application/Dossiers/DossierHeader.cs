using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Dossiers;

/// <summary>A dossier's current version and the names it refers to by id (organisation, team, owner), in one statement.</summary>
public sealed record DossierHeader(int Version, string Organisation, string Team, string Owner)
{
    public static async Task<DossierHeader> ReadAsync(IApplicationDbContext context, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.AsDbContext();
        return await Read.For(db)(db, dossierId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Dossier), dossierId);
    }

    /// <summary>Compiled: every dossier page reads it.</summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, CancellationToken, Task<DossierHeader?>>> Read = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken cancellationToken) => db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Id == dossierId)
            .Select(d => new DossierHeader(
                EF.Property<int>(d, VersionedSave.VersionProperty),
                db.Set<Organisation>().Where(o => o.Id == d.OrganisationId).Select(o => o.Name).Single(),
                db.Set<Team>().Where(t => t.Id == d.TeamId).Select(t => t.Name).Single(),
                db.Set<User>().Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).Single()))
            .SingleOrDefault()));
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

