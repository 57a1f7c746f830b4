using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Dossiers;

/// <summary>A dossier's current version and the names it refers to by id (organisation, team, owner), in one statement.</summary>
public sealed record DossierHeader(int Version, string Organisation, string Team, string Owner)
{
    public static async Task<DossierHeader> ReadAsync(IApplicationDbContext context, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.Dossiers.AsNoTracking()
            .Where(d => d.Id == dossierId)
            .Select(d => new DossierHeader(
                EF.Property<int>(d, VersionedSave.VersionProperty),
                context.Organisations.Where(o => o.Id == d.OrganisationId).Select(o => o.Name).Single(),
                context.Teams.Where(t => t.Id == d.TeamId).Select(t => t.Name).Single(),
                context.Users.Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).Single()))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Dossier), dossierId);
    }
}
