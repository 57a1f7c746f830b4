using Meldcode.Domain.DilemmaSessions;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>
/// Run by the scheduler, not by a user: ends sessions that passed their 24 hours (their code stops, their tokens are
/// forgotten), and erases the reflections of sessions that ended longer ago than the retention term.
/// </summary>
public sealed class SessionHousekeeping(IApplicationDbContext context, TimeProvider clock, IOptions<DilemmaSessionOptions> options, ISessionSignals signals)
{
    public async Task<(int Ended, int Erased)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await context.DilemmaSessions
            .Where(s => s.State == SessionState.Live && s.ExpiresAt <= now)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var session in expired)
        {
            await SessionEnding.EndAsync(context, session, now, cancellationToken).ConfigureAwait(false);
            signals.StageChanged(session.Id);
        }

        var days = options.Value.ReflectionRetentionDays;
        var candidates = await context.DilemmaSessions
            .Where(s => s.State == SessionState.Ended && s.ReflectionsErasedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var erased = 0;
        foreach (var session in candidates.Where(s => s.ReflectionsDueForErasure(now, days)))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await context.Reflections.Where(r => r.SessionId == session.Id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Text, string.Empty), cancellationToken).ConfigureAwait(false);
            session.MarkReflectionsErased(now);
            await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            erased++;
        }

        return (expired.Count, erased);
    }
}
