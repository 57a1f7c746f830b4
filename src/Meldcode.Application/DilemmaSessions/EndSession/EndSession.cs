using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.EndSession;

/// <summary>
/// Ends a running session: the code stops working, an open vote closes, and the participants' tokens are forgotten
/// (their votes stay, anonymous). The summary can be downloaded from then on.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record EndSessionCommand(Guid SessionId) : IRequest;

public sealed class EndSessionCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock, ISessionSignals signals)
    : IRequestHandler<EndSessionCommand>
{
    public async Task<Unit> Handle(EndSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: true, cancellationToken).ConfigureAwait(false);
        await SessionEnding.EndAsync(context, session, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        signals.StageChanged(session.Id);
        return Unit.Value;
    }
}
