namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// How the discussion changed minds at one decision point: of the people who voted in both rounds, how many gave
/// another answer the second time, and from what to what — as numbers only, never who. Shown only when at least
/// three people voted in both rounds.
/// </summary>
public sealed record VoteShift
{
    private VoteShift(int votedTwice, IReadOnlyList<AnswerMove> moves)
    {
        VotedTwice = votedTwice;
        Moves = moves;
    }

    /// <summary>People who voted in round 1 and in round 2.</summary>
    public int VotedTwice { get; }

    /// <summary>How many of them changed their answer.</summary>
    public int Changed => Moves.Sum(m => m.Count);

    public int Kept => VotedTwice - Changed;

    /// <summary>Each change of answer that happened, most frequent first.</summary>
    public IReadOnlyList<AnswerMove> Moves { get; }

    public bool IsShown => VotedTwice >= SessionRules.MinimumVotesForResults;

    /// <summary>The shift between the two rounds, from each participant's first and second answer (keyed by an anonymous participant).</summary>
    public static VoteShift Between<TParticipant>(IReadOnlyDictionary<TParticipant, string> first, IReadOnlyDictionary<TParticipant, string> second)
        where TParticipant : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var votedTwice = 0;
        var moves = new Dictionary<(string From, string To), int>();
        foreach (var (participant, before) in first)
        {
            if (!second.TryGetValue(participant, out var after))
            {
                continue;
            }

            votedTwice++;
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                moves[(before, after)] = moves.GetValueOrDefault((before, after)) + 1;
            }
        }

        var ordered = moves
            .Select(m => new AnswerMove(m.Key.From, m.Key.To, m.Value))
            .OrderByDescending(m => m.Count).ThenBy(m => m.From, StringComparer.Ordinal).ThenBy(m => m.To, StringComparer.Ordinal)
            .ToArray();
        return new VoteShift(votedTwice, ordered);
    }
}
