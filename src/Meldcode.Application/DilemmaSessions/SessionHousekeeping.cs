using Meldcode.Domain.DilemmaSessions;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>
/// Run by the scheduler, not by a user: ends sessions that passed their 24 hours (their code stops, their tokens are
/// forgotten), and erases the reflections of sessions that ended longer ago than the retention term. Every app instance
/// runs it; each session is handled in its own save, and one that another instance (or its trainer) handled in the
/// meantime is skipped, so instances that run it at the same moment do each session once and neither fails.
/// </summary>
public sealed class SessionHousekeeping(IApplicationDbContext context, TimeProvider clock, IOptions<DilemmaSessionOptions> options, ISessionSignals signals)
{
    public async Task<(int Ended, int Erased)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await context.DilemmaSessions.AsNoTracking()
            .Where(s => s.State == SessionState.Live && s.ExpiresAt <= now)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ended = 0;
        foreach (var id in expired)
        {
            context.ChangeTracker.Clear();
            var session = await context.DilemmaSessions.SingleOrDefaultAsync(s => s.Id == id && s.State == SessionState.Live, cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                continue; // ended meanwhile
            }

            try
            {
                await SessionEnding.EndAsync(context, session, now, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                continue; // changed meanwhile: whoever did it ended or moved it, and signalled its screens
            }

            ended++;
            signals.StageChanged(id);
        }

        var days = options.Value.ReflectionRetentionDays;
        var candidates = await context.DilemmaSessions.AsNoTracking()
            .Where(s => s.State == SessionState.Ended && s.ReflectionsErasedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var erased = 0;
        foreach (var id in candidates.Where(s => s.ReflectionsDueForErasure(now, days)).Select(s => s.Id))
        {
            context.ChangeTracker.Clear();
            if (await EraseReflectionsAsync(id, now, cancellationToken).ConfigureAwait(false))
            {
                erased++;
            }
        }

        context.ChangeTracker.Clear();
        return (ended, erased);
    }

    /// <summary>Blanks the session's reflections and marks it so, in one transaction; false when another did it meanwhile.</summary>
    private async Task<bool> EraseReflectionsAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = await context.DilemmaSessions.SingleOrDefaultAsync(s => s.Id == id && s.ReflectionsErasedAt == null, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return false;
        }

        await context.Reflections.Where(r => r.SessionId == id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Text, string.Empty), cancellationToken).ConfigureAwait(false);
        session.MarkReflectionsErased(now);
        try
        {
            await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return false; // the transaction rolls back; the other's erasure stands
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
