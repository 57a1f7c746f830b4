// TEMPORARY shim until the trainer-library branch is merged: DO NOT COMMIT
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Dilemmas;

public sealed record CatalogDilemma(Guid DilemmaId, int VersionNumber, Dilemma Content);

public static class DilemmaCatalog
{
    public static async Task<CatalogDilemma?> FindLatestAsync(IApplicationDbContext context, Guid organisationId, Guid dilemmaId, CancellationToken cancellationToken)
    {
        var d = await context.LibraryDilemmas.AsNoTracking().Include(x => x.Versions).SingleOrDefaultAsync(x => x.Id == dilemmaId && (x.OrganisationId == null || x.OrganisationId == organisationId), cancellationToken).ConfigureAwait(false);
        return d is null ? null : new CatalogDilemma(d.Id, d.Latest.Number, d.Latest.Content);
    }
}
