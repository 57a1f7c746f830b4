using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.JoinSession;

/// <summary>
/// Anyone joins a running session with its six-digit code: no account, no name. The participant gets a random
/// token for this session only, which their browser keeps; the database keeps only its hash.
/// </summary>
[AllowAnonymousRequest]
public sealed record JoinSessionCommand(string? Code) : IRequest<JoinedSession>;

public sealed class JoinSessionCommandHandler(IApplicationDbContext context, TimeProvider clock, ISessionSignals signals)
    : IRequestHandler<JoinSessionCommand, JoinedSession>
{
    public async Task<JoinedSession> Handle(JoinSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = JoinCodes.Normalise(request.Code);
        var now = clock.GetUtcNow();
        var session = await context.DilemmaSessions.AsNoTracking()
            .Where(s => s.JoinCode == code && s.State == SessionState.Live)
            .Select(s => new { s.Id, s.ExpiresAt })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (session is null || session.ExpiresAt <= now)
        {
            throw new DomainException(JoinCodes.UnknownMessage);
        }

        var (participant, token) = SessionParticipant.Join(Guid.NewGuid(), session.Id);
        context.SessionParticipants.Add(participant);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        signals.CountsChanged(session.Id);
        return new JoinedSession(session.Id, token);
    }
}
