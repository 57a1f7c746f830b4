namespace Meldcode.Application.DilemmaSessions.GetParticipantScreen;

/// <summary>
/// What a participant's phone shows: the decision point and, while a vote is open, the answers to choose from with
/// their own choice marked; the result of a vote they see on the projector, the meldcode's view also on the phone.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetParticipantScreenQuery(Guid SessionId, string? Token) : IRequest<ParticipantScreen>;

public sealed class GetParticipantScreenQueryHandler(IApplicationDbContext context, TimeProvider clock)
    : IRequestHandler<GetParticipantScreenQuery, ParticipantScreen>
{
    public async Task<ParticipantScreen> Handle(GetParticipantScreenQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (session, participant) = await SessionParticipants.FindAsync(context, request.SessionId, request.Token, cancellationToken).ConfigureAwait(false);
        var point = SessionPointView.Of(session, clock.GetUtcNow());
        var myAnswer = point.OpenRound is { } open
            ? await context.SessionVotes.AsNoTracking()
                .Where(v => v.SessionId == session.Id && v.Round == open && v.ParticipantId == participant.Id)
                .Select(v => v.Answer)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return new ParticipantScreen(point, myAnswer);
    }
}
