using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>
/// A session as its trainer works with it. A session is the trainer's own: another trainer, of this organisation or
/// another, gets exactly what an unknown identifier gives (not found).
/// </summary>
internal static class TrainerSessions
{
    public static async Task<DilemmaSession> LoadOwnAsync(IApplicationDbContext context, CurrentUserContext users, Guid sessionId, bool tracked, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var sessions = tracked ? context.DilemmaSessions : context.DilemmaSessions.AsNoTracking();
        return await sessions
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.TrainerId == user.UserId && s.OrganisationId == user.OrganisationId, cancellationToken)
            .ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(DilemmaSession), sessionId);
    }
}
