using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>The results of a decision point read from the votes: both rounds and the shift between them.</summary>
internal static class SessionTallies
{
    public static async Task<PointResults> ReadAsync(IApplicationDbContext context, DilemmaSession session, int dilemma, int point, CancellationToken cancellationToken)
    {
        var first = new VoteRound(dilemma, point, 1).ToString();
        var second = new VoteRound(dilemma, point, 2).ToString();
        var votes = await context.SessionVotes.AsNoTracking()
            .Where(v => v.SessionId == session.Id && (v.Round == first || v.Round == second))
            .Select(v => new { v.Round, v.ParticipantId, v.Answer })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisionPoint = session.Dilemmas[dilemma].Content.DecisionPoints[point];
        var firstVotes = votes.Where(v => v.Round == first).ToDictionary(v => v.ParticipantId, v => v.Answer);
        var secondVotes = votes.Where(v => v.Round == second).ToDictionary(v => v.ParticipantId, v => v.Answer);
        return PointResults.Of(decisionPoint, firstVotes, secondVotes);
    }

    /// <summary>How many voted in a round (the number the projector shows while the round is open).</summary>
    public static Task<int> CountAsync(IApplicationDbContext context, Guid sessionId, string round, CancellationToken cancellationToken) =>
        context.SessionVotes.CountAsync(v => v.SessionId == sessionId && v.Round == round, cancellationToken);
}
