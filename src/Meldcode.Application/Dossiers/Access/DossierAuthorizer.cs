using System.Reflection;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.Access;

/// <summary>
/// The object-level check for every dossier request. Someone who may not even read the dossier gets
/// exactly what an unknown identifier gives: not found. Someone who may read but not do this: forbidden.
/// </summary>
public sealed class DossierAuthorizer<TRequest> : IResourceAuthorizer<TRequest>
    where TRequest : IDossierRequest
{
    /// <summary>What the request needs, read from its attribute once per request type.</summary>
    private static readonly DossierPermission Required = typeof(TRequest).GetCustomAttribute<RequiresDossierPermissionAttribute>()?.Permission ?? DossierPermission.Read;

    private readonly IApplicationDbContext _context;
    private readonly CurrentUserContext _users;
    private readonly DossierHeaders _headers;

    public DossierAuthorizer(IApplicationDbContext context, CurrentUserContext users, DossierHeaders headers)
    {
        _context = context;
        _users = users;
        _headers = headers;
    }

    public async Task<bool> IsAllowedAsync(TRequest request, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await _users.GetAsync(cancellationToken).ConfigureAwait(false);
        var (facts, header) = await DossierAccessQueries.FactsAsync(_context, request.DossierId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Dossier), request.DossierId);
        var held = DossierAccess.For(facts, user);
        if (!held.HasFlag(DossierPermission.Read))
        {
            throw new NotFoundException(nameof(Dossier), request.DossierId);
        }

        _headers.Remember(request.DossierId, header);

        return held.Satisfies(Required);
    }
}

public static class DossierAccessQueries
{
    /// <summary>Who a dossier belongs to and who works on it, with its header (version and names), or null when there is no such dossier.</summary>
    public static async Task<(DossierAccessFacts Facts, DossierHeader Header)?> FactsAsync(IApplicationDbContext context, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.AsDbContext();
        var row = await Facts.For(db)(db, dossierId, cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : (new DossierAccessFacts(row.OrganisationId, row.TeamId, row.OwnerId, row.Collaborators, row.Consultants, row.NamedReviewers),
                new DossierHeader(row.Version, row.Organisation, row.Team, row.Owner));
    }

    /// <summary>
    /// One statement on every dossier request: the access facts, and the header the page shows (so a dossier page
    /// reads the dossier's row once). Compiled.
    /// </summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, CancellationToken, Task<FactsRow?>>> Facts = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken cancellationToken) => db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Id == dossierId)
            .Select(d => new FactsRow(
                d.OrganisationId,
                d.TeamId,
                d.OwnerId,
                d.Collaborators.Select(c => c.UserId).ToList(),
                d.ConsultationRequests.Where(r => r.Status == ConsultationRequestStatus.Open).Select(r => r.ConsultantId).ToList(),
                d.Reviews.Where(r => r.Status == ReviewStatus.Awaiting && r.ReviewerId != null).Select(r => r.ReviewerId!.Value).ToList(),
                EF.Property<int>(d, VersionedSave.VersionProperty),
                db.Set<Organisation>().Where(o => o.Id == d.OrganisationId).Select(o => o.Name).Single(),
                db.Set<Team>().Where(t => t.Id == d.TeamId).Select(t => t.Name).Single(),
                db.Set<User>().Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).Single()))
            .AsSingleQuery() // a few ids each: one statement instead of three
            .SingleOrDefault()));

    private sealed record FactsRow(Guid OrganisationId, Guid TeamId, Guid OwnerId, List<Guid> Collaborators, List<Guid> Consultants, List<Guid> NamedReviewers, int Version, string Organisation, string Team, string Owner);
}
