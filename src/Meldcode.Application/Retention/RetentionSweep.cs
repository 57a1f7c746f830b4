using Meldcode.Domain.Organisations;
using Meldcode.Domain.Retention;

namespace Meldcode.Application.Retention;

/// <summary>What one run of the retention job did: counts only.</summary>
public sealed record RetentionRun(bool Claimed, int DossiersDeleted, int StaffConcernsDeleted, int HeldDossiersKept)
{
    public static RetentionRun NotClaimed { get; } = new(false, 0, 0, 0);
}

/// <summary>
/// The retention job's work (the hosted service only sets the time): once per Dutch day, across every process that shares
/// the database, delete the closed dossiers and closed staff-member records whose term has ended (closed day + term ≤
/// today), except dossiers under a legal hold. Each deletion is its own transaction through <see cref="ControlledDeletion"/>
/// and leaves a deletion record; after it commits, a line in the access log (action Delete) by the job.
/// </summary>
public sealed class RetentionSweep(IApplicationDbContext context, ControlledDeletion deletion, IJobRunClaims claims, IAccessLogStore accessLog, TimeProvider time)
{
    public const string JobName = "retention";

    /// <summary>How the job names itself in the access log and the deletion records.</summary>
    public const string ActorName = "Bewaartermijn (automatisch)";

    public async Task<RetentionRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DutchTime.Today(now);
        if (!await claims.TryClaimAsync(JobName, today, now, cancellationToken).ConfigureAwait(false))
        {
            return RetentionRun.NotClaimed;
        }

        var organisations = await context.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Sector, o.RetentionYears, o.StaffConcernRetentionYears })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var (dossiers, held, concerns) = (0, 0, 0);
        foreach (var organisation in organisations)
        {
            var dossierYears = organisation.RetentionYears ?? organisation.Sector.DefaultRetentionYears();
            var candidates = await context.Dossiers.AsNoTracking()
                .Where(d => d.OrganisationId == organisation.Id && d.ClosedAt != null)
                .Select(d => new { d.Id, d.Sector, d.Number, d.OpenedAt, ClosedAt = d.ClosedAt!.Value, Held = d.LegalHoldReason != null })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var dossier in candidates)
            {
                var years = RetentionTerms.DossierTerm(dossier.Sector, dossierYears);
                if (!RetentionTerms.HasEnded(dossier.ClosedAt, years, today))
                {
                    continue;
                }

                var record = DeletionRecord.TermEnded(organisation.Id, DeletedRecordKind.Dossier, dossier.Id, dossier.Number, dossier.OpenedAt, dossier.ClosedAt, years, ActorName, time.GetUtcNow());
                if (dossier.Held || !await deletion.DeleteDossierAsync(record, cancellationToken).ConfigureAwait(false))
                {
                    held++;
                    context.ChangeTracker.Clear();
                    continue;
                }

                dossiers++;
                await LogDeletionAsync(record, AccessSubject.Dossier).ConfigureAwait(false);
            }

            var concernYears = organisation.StaffConcernRetentionYears ?? RetentionTerms.DefaultStaffConcernYears;
            var closedConcerns = await context.StaffConcerns.AsNoTracking()
                .Where(c => c.OrganisationId == organisation.Id && c.ClosedAt != null)
                .Select(c => new { c.Id, c.Number, c.RaisedAt, ClosedAt = c.ClosedAt!.Value })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var concern in closedConcerns.Where(c => RetentionTerms.HasEnded(c.ClosedAt, concernYears, today)))
            {
                var record = DeletionRecord.TermEnded(organisation.Id, DeletedRecordKind.StaffConcern, concern.Id, concern.Number, concern.RaisedAt, concern.ClosedAt, concernYears, ActorName, time.GetUtcNow());
                if (await deletion.DeleteStaffConcernAsync(record, cancellationToken).ConfigureAwait(false))
                {
                    concerns++;
                    await LogDeletionAsync(record, AccessSubject.StaffConcern).ConfigureAwait(false);
                }
            }

            context.ChangeTracker.Clear();
        }

        return new RetentionRun(true, dossiers, concerns, held);
    }

    /// <summary>After the deletion committed (never inside its transaction): the job's line in the access log.</summary>
    private Task LogDeletionAsync(DeletionRecord record, AccessSubject subject) =>
        accessLog.AppendAsync(
            new AccessLine(time.GetUtcNow(), record.OrganisationId, Guid.Empty, ActorName, string.Empty, AccessAction.Delete, subject, record.RecordId, record.Number, "Bewaartermijn verstreken", AccessOutcome.Allowed, null, null),
            CancellationToken.None);
}
