using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>How a session ends, by the trainer or by itself after 24 hours: closed, and its participants' tokens forgotten, in one save.</summary>
internal static class SessionEnding
{
    public static async Task EndAsync(IApplicationDbContext context, DilemmaSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        session.End(now);
        var participants = await context.SessionParticipants
            .Where(p => p.SessionId == session.Id && p.TokenHash != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var participant in participants)
        {
            participant.Forget();
        }

        await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
    }
}
