using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.AdvanceSession;

/// <summary>
/// The trainer moves the session one stage on: closes a vote, starts the discussion timer, opens vote 2, shows the
/// shift, reveals the meldcode's view, or goes to the next decision point. The command names the stage the trainer
/// saw, so a double tap or a second device never skips one; closing a vote here closes it for every client.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record AdvanceSessionCommand(Guid SessionId, int Dilemma, int Point, SessionStage? Stage, int? DiscussionMinutes) : IRequest<bool>;

public sealed class AdvanceSessionCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock, ISessionSignals signals)
    : IRequestHandler<AdvanceSessionCommand, bool>
{
    public async Task<bool> Handle(AdvanceSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: true, cancellationToken).ConfigureAwait(false);
        var moved = session.Advance(
            request.Dilemma,
            request.Point,
            request.Stage!.Value,
            request.DiscussionMinutes ?? SessionRules.DefaultDiscussionMinutes,
            clock.GetUtcNow());
        if (!moved)
        {
            return false;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another device of the trainer moved the session on at the same moment: that move stands.
            return false;
        }

        signals.StageChanged(session.Id);
        return true;
    }
}
