using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Dilemmas;

/// <summary>
/// Which dilemmas of the library an organisation sees: the built-in ones and its own. Another organisation's
/// dilemmas do not exist for it (not found, never forbidden). Used by the library's use cases and by sessions.
/// </summary>
public static class DilemmaCatalog
{
    /// <summary>The newest version of a dilemma the organisation sees and that is in use (not archived); null otherwise.</summary>
    public static async Task<CatalogDilemma?> FindLatestAsync(IApplicationDbContext context, Guid organisationId, Guid dilemmaId, CancellationToken cancellationToken)
    {
        var dilemma = await FindAsync(context, organisationId, dilemmaId, cancellationToken).ConfigureAwait(false);
        return dilemma is null || dilemma.IsArchived ? null : new CatalogDilemma(dilemma.Id, dilemma.Latest.Number, dilemma.Latest.Content);
    }

    /// <summary>A given version of a dilemma the organisation sees (also when archived, for a session that used it); null otherwise.</summary>
    public static async Task<CatalogDilemma?> FindVersionAsync(IApplicationDbContext context, Guid organisationId, Guid dilemmaId, int versionNumber, CancellationToken cancellationToken)
    {
        var dilemma = await FindAsync(context, organisationId, dilemmaId, cancellationToken).ConfigureAwait(false);
        return dilemma?.Version(versionNumber) is { } version ? new CatalogDilemma(dilemma.Id, version.Number, version.Content) : null;
    }

    /// <summary>The dilemmas the organisation sees: built-in ones and its own (archived ones included).</summary>
    public static IQueryable<LibraryDilemma> VisibleTo(this IQueryable<LibraryDilemma> dilemmas, Guid organisationId) =>
        dilemmas.Where(d => d.OrganisationId == null || d.OrganisationId == organisationId);

    /// <summary>A dilemma the organisation sees, with all its versions, tracked (to change it); null when unknown or another organisation's.</summary>
    public static Task<LibraryDilemma?> FindAsync(IApplicationDbContext context, Guid organisationId, Guid dilemmaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.LibraryDilemmas.VisibleTo(organisationId).Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.Id == dilemmaId, cancellationToken);
    }

    /// <summary>The same, or <see cref="NotFoundException"/> (a 404 for the page).</summary>
    public static async Task<LibraryDilemma> GetAsync(IApplicationDbContext context, Guid organisationId, Guid dilemmaId, CancellationToken cancellationToken) =>
        await FindAsync(context, organisationId, dilemmaId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(nameof(LibraryDilemma), dilemmaId);

    /// <summary>The keys an organisation already sees (built-in and its own): a new or copied dilemma takes another.</summary>
    public static async Task<IReadOnlySet<string>> KeysTakenAsync(IApplicationDbContext context, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = await context.LibraryDilemmas.VisibleTo(organisationId).Select(d => d.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        return keys.ToHashSet(StringComparer.Ordinal);
    }
}
