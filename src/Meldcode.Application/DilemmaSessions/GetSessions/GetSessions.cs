using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.GetSessions;

/// <summary>The trainer's own sessions, the newest first.</summary>
[Authorize(Role.Trainer)]
public sealed record GetSessionsQuery : IRequest<IReadOnlyList<SessionListItem>>;

public sealed class GetSessionsQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : IRequestHandler<GetSessionsQuery, IReadOnlyList<SessionListItem>>
{
    public async Task<IReadOnlyList<SessionListItem>> Handle(GetSessionsQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var sessions = await context.DilemmaSessions.AsNoTracking()
            .Where(s => s.TrainerId == user.UserId && s.OrganisationId == user.OrganisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = sessions.Select(s => s.Id).ToList();
        var participants = await context.SessionParticipants.AsNoTracking()
            .Where(p => ids.Contains(p.SessionId))
            .GroupBy(p => p.SessionId)
            .Select(g => new { SessionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken).ConfigureAwait(false);
        return sessions
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new SessionListItem(
                s.Id,
                s.Title,
                s.State == SessionState.Live && !s.IsRunning(now) ? SessionState.Ended : s.State,
                s.CreatedAt,
                s.StartedAt,
                s.Dilemmas.Count,
                participants.GetValueOrDefault(s.Id)))
            .ToList();
    }
}
