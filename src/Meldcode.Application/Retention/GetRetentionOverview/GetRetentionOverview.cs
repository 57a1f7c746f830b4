using Meldcode.Domain.Organisations;
using Meldcode.Domain.Retention;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Retention.GetRetentionOverview;

/// <summary>
/// For the privacy officer and the functioneel beheerder: the terms, the dossiers under a legal hold (number and reason —
/// nothing of the content) and the deletion records, newest first.
/// </summary>
[Authorize(Role.PrivacyOfficer, Role.FunctionalAdministrator)]
public sealed record GetRetentionOverviewQuery : IRequest<RetentionOverview>
{
    /// <summary>The list shows at most this many deletion records (the newest).</summary>
    public const int MaxDeletionRecords = 500;
}

public sealed record RetentionOverview(int DossierYears, int StaffConcernYears, bool MayPlaceHolds, IReadOnlyList<HeldDossier> Holds, IReadOnlyList<DeletionRecordRow> Deletions);

public sealed record HeldDossier(string Number, string Reason, string? PlacedByName, DateTimeOffset? PlacedAt);

public sealed record DeletionRecordRow(DeletedRecordKind Kind, string Number, DateOnly OpenedOn, DateOnly? ClosedOn, int? RetentionYears, DateTimeOffset DeletedAt, DeletionReason Reason, string? DecisionReason, string DeletedByName);

public sealed class GetRetentionOverviewQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetRetentionOverviewQuery, RetentionOverview>
{
    public async Task<RetentionOverview> Handle(GetRetentionOverviewQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await context.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId)
            .Select(o => new { o.Sector, o.RetentionYears, o.StaffConcernRetentionYears })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var holds = await context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == user.OrganisationId && d.LegalHoldReason != null)
            .OrderBy(d => d.NumberYear).ThenBy(d => d.NumberSequence)
            .Select(d => new HeldDossier(d.Number, d.LegalHoldReason!, d.LegalHoldPlacedByName, d.LegalHoldPlacedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var deletions = (await context.DeletionRecords.AsNoTracking()
            .Where(r => r.OrganisationId == user.OrganisationId)
            .Select(r => new DeletionRecordRow(r.Kind, r.Number, r.OpenedOn, r.ClosedOn, r.RetentionYears, r.DeletedAt, r.Reason, r.DecisionReason, r.DeletedByName))
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(r => r.DeletedAt)
            .Take(GetRetentionOverviewQuery.MaxDeletionRecords)
            .ToList();
        return new RetentionOverview(
            organisation.RetentionYears ?? organisation.Sector.DefaultRetentionYears(),
            organisation.StaffConcernRetentionYears ?? RetentionTerms.DefaultStaffConcernYears,
            user.Roles.Contains(Role.PrivacyOfficer),
            holds,
            deletions);
    }
}
