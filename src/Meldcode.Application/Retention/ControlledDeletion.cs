using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Retention;

namespace Meldcode.Application.Retention;

/// <summary>
/// The one path by which a dossier or a staff-member record leaves the database. It writes the deletion record first —
/// the permit the chronology's delete trigger asks for — and then removes every row that belongs to the record, all in
/// one transaction that takes the write lock at once. A legal hold is checked inside that transaction, so a hold placed a
/// moment earlier always wins. The access log is not touched (it names no child and outlives the dossier).
/// </summary>
public sealed class ControlledDeletion(IApplicationDbContext context)
{
    /// <summary>Deletes the dossier with its parts, drafts and inbox items, and saves its deletion record; false (nothing done) when a legal hold is on it or it is gone.</summary>
    public async Task<bool> DeleteDossierAsync(DeletionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dossierId = record.RecordId;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await context.Dossiers.AnyAsync(d => d.Id == dossierId && d.LegalHoldReason == null, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        context.DeletionRecords.Add(record);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var db = context.AsDbContext();
        await context.FormDrafts.Where(f => f.AboutDossierId == dossierId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.InboxItems.Where(i => i.DossierId == dossierId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<ChronologyEntry>().Where(e => EF.Property<Guid?>(e, "DossierId") == dossierId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        // The dossier's other parts (signals, consultations, conversations, answers, decisions, reports, help, evaluations,
        // emergency actions, reviews, kindchecks, carers, siblings, collaborators) go with it: their foreign keys cascade.
        var deleted = await context.Dossiers.Where(d => d.Id == dossierId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted != 1)
        {
            throw new InvalidOperationException("The dossier to delete was not found inside the deletion's transaction.");
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Deletes a staff-member record and saves its deletion record; false when it is gone.</summary>
    public async Task<bool> DeleteStaffConcernAsync(DeletionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var concernId = record.RecordId;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        context.DeletionRecords.Add(record);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await context.StaffConcerns.Where(c => c.Id == concernId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted != 1)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
