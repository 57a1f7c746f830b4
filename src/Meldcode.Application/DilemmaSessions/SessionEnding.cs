using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>How a session ends, by the trainer or by itself after 24 hours: closed, and its participants' tokens forgotten.</summary>
internal static class SessionEnding
{
    public static async Task EndAsync(IApplicationDbContext context, DilemmaSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        session.End(now);
        await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
        await context.SessionParticipants
            .Where(p => p.SessionId == session.Id && p.TokenHash != null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.TokenHash, (string?)null), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
