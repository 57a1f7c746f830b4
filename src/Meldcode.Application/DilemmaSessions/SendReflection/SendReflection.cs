using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.SendReflection;

/// <summary>
/// A participant sends a short open reflection. Nobody sees it before the trainer approves it; one that looks like
/// it holds a name, a date or an address is marked for the trainer. It is not linked to the participant.
/// </summary>
[AllowAnonymousRequest]
public sealed record SendReflectionCommand(Guid SessionId, string? Token, string? Text) : IRequest;

public sealed class SendReflectionCommandHandler(IApplicationDbContext context, TimeProvider clock, ISessionSignals signals)
    : IRequestHandler<SendReflectionCommand>
{
    public async Task<Unit> Handle(SendReflectionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (session, _) = await SessionParticipants.FindAsync(context, request.SessionId, request.Token, cancellationToken).ConfigureAwait(false);
        context.Reflections.Add(Reflection.Send(Guid.NewGuid(), session, request.Text!, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        signals.CountsChanged(session.Id);
        return Unit.Value;
    }
}
