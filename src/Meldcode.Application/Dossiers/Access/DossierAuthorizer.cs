using System.Reflection;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Application.Common.Security;
using Meldcode.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

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

    public DossierAuthorizer(IApplicationDbContext context, CurrentUserContext users)
    {
        _context = context;
        _users = users;
    }

    public async Task<bool> IsAllowedAsync(TRequest request, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await _users.GetAsync(cancellationToken).ConfigureAwait(false);
        var facts = await DossierAccessQueries.FactsAsync(_context, request.DossierId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Dossier), request.DossierId);
        var held = DossierAccess.For(facts, user);
        if (!held.HasFlag(DossierPermission.Read))
        {
            throw new NotFoundException(nameof(Dossier), request.DossierId);
        }

        return held.Satisfies(Required);
    }
}

public static class DossierAccessQueries
{
    public static async Task<DossierAccessFacts?> FactsAsync(IApplicationDbContext context, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.AsDbContext();
        var row = await Facts.For(db)(db, dossierId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new DossierAccessFacts(row.OrganisationId, row.TeamId, row.OwnerId, row.Collaborators, row.Consultants);
    }

    /// <summary>Who a dossier belongs to and who works on it, in one statement (compiled: it runs on every dossier request).</summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, CancellationToken, Task<FactsRow?>>> Facts = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken cancellationToken) => db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Id == dossierId)
            .Select(d => new FactsRow(
                d.OrganisationId,
                d.TeamId,
                d.OwnerId,
                d.Collaborators.Select(c => c.UserId).ToList(),
                d.ConsultationRequests.Where(r => r.Status == ConsultationRequestStatus.Open).Select(r => r.ConsultantId).ToList()))
            .AsSingleQuery() // a few ids each: one statement instead of three
            .SingleOrDefault()));

    private sealed record FactsRow(Guid OrganisationId, Guid TeamId, Guid OwnerId, List<Guid> Collaborators, List<Guid> Consultants);
}
