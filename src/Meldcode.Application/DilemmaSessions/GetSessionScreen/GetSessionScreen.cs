using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.GetSessionScreen;

/// <summary>
/// The trainer's view of their session, for the control page and the projector: where it is, how many joined and
/// voted, the results once closed (only from three votes), the shift, and the reflections. The projector shows only
/// approved reflections; the control page also those waiting.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record GetSessionScreenQuery(Guid SessionId) : IRequest<SessionScreen>;

public sealed class GetSessionScreenQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : IRequestHandler<GetSessionScreenQuery, SessionScreen>
{
    public async Task<SessionScreen> Handle(GetSessionScreenQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: false, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var point = SessionPointView.Of(session, now);
        var participants = await context.SessionParticipants.CountAsync(p => p.SessionId == session.Id, cancellationToken).ConfigureAwait(false);
        var votes = point.OpenRound is { } open ? await SessionTallies.CountAsync(context, session.Id, open, cancellationToken).ConfigureAwait(false) : 0;
        // While vote 1 is open nothing of the votes is shown but their number: the tally waits until the round closes.
        var results = session.State == SessionState.Prepared || session.Stage == SessionStage.FirstVote
            ? null
            : await SessionTallies.ReadAsync(context, session, session.CurrentDilemma, session.CurrentPoint, cancellationToken).ConfigureAwait(false);
        var reflections = await context.Reflections.AsNoTracking()
            .Where(r => r.SessionId == session.Id && r.Status != ReflectionStatus.Rejected)
            .OrderBy(r => r.SentAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SessionScreen(
            point,
            session.JoinCode,
            session.ExpiresAt,
            session.Dilemmas.Select(d => d.Content.Title).ToList(),
            participants,
            votes,
            session.Stage >= SessionStage.FirstResult ? results?.First : null,
            session.Stage >= SessionStage.Shift ? results?.Second : null,
            session.Stage >= SessionStage.Shift ? results?.Shift : null,
            reflections.Where(r => r.Status == ReflectionStatus.Approved && r.Dilemma == session.CurrentDilemma && r.Point == session.CurrentPoint && !r.IsErased)
                .Select(ReflectionItem.Of).ToList(),
            reflections.Where(r => r.Status == ReflectionStatus.Waiting && !r.IsErased).Select(ReflectionItem.Of).ToList(),
            session.AtLastStage);
    }
}
