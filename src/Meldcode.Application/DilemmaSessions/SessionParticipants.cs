using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>
/// The participant a browser's token stands for, and the session it joined. A token that does not belong to the
/// session (made up, of another session, or of a session that ended) gives "not found": the page then asks to join.
/// </summary>
internal static class SessionParticipants
{
    public static async Task<(DilemmaSession Session, SessionParticipant Participant)> FindAsync(
        IApplicationDbContext context, Guid sessionId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            throw new NotFoundException(nameof(SessionParticipant), sessionId);
        }

        var hash = SessionParticipant.HashOf(token);
        var participant = await context.SessionParticipants.AsNoTracking()
            .SingleOrDefaultAsync(p => p.TokenHash == hash && p.SessionId == sessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(SessionParticipant), sessionId);
        var session = await context.DilemmaSessions.AsNoTracking()
            .SingleAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false);
        return (session, participant);
    }
}
