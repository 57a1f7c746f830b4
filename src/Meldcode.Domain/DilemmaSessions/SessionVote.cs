namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// One participant's answer in one vote round. A participant has at most one vote per round: voting again replaces
/// the answer, until the round closes. It holds no time, address or browser: only the anonymous participant, the
/// round and the answer.
/// </summary>
public sealed class SessionVote
{
    private SessionVote()
    {
        Round = Answer = string.Empty;
    }

    public Guid SessionId { get; private set; }

    public Guid ParticipantId { get; private set; }

    /// <summary>The round, as stored text (see <see cref="VoteRound"/>).</summary>
    public string Round { get; private set; }

    /// <summary>An option's letter, or a value of the scale.</summary>
    public string Answer { get; private set; }

    /// <summary>A vote the session accepts now; refused when the round is closed or the answer is not one of the point's.</summary>
    public static SessionVote Cast(DilemmaSession session, SessionParticipant participant, VoteRound round, string? answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.SessionId != session.Id || participant.TokenHash is null)
        {
            throw new ArgumentException("The participant did not join this session.", nameof(participant));
        }

        return new SessionVote
        {
            SessionId = session.Id,
            ParticipantId = participant.Id,
            Round = round.ToString(),
            Answer = session.Ballot(round, answer, now),
        };
    }
}
