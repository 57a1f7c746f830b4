using Meldcode.Domain.Dilemmas;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>How many chose each answer in one vote round. Shown only when at least three people voted.</summary>
public sealed record RoundResult
{
    private RoundResult(IReadOnlyList<AnswerCount> answers, int total)
    {
        Answers = answers;
        Total = total;
    }

    /// <summary>Every answer of the decision point in order, also those nobody chose.</summary>
    public IReadOnlyList<AnswerCount> Answers { get; }

    public int Total { get; }

    /// <summary>At least <see cref="SessionRules.MinimumVotesForResults"/> votes: few enough votes could be traced to a person.</summary>
    public bool IsShown => Total >= SessionRules.MinimumVotesForResults;

    /// <summary>Counts the votes of one round: one answer per participant (the database keeps only the last).</summary>
    public static RoundResult Count(DecisionPoint point, IEnumerable<string> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var counts = votes.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var answers = VoteAnswers.Of(point)
            .Select(a => new AnswerCount(a.Answer, a.Text, counts.GetValueOrDefault(a.Answer), VoteAnswers.Fits(point, a.Answer)))
            .ToArray();
        var unknown = counts.Keys.FirstOrDefault(k => answers.All(a => a.Answer != k));
        if (unknown is not null)
        {
            throw new ArgumentException($"The answer '{unknown}' is not one of the decision point's.", nameof(votes));
        }

        return new RoundResult(answers, answers.Sum(a => a.Count));
    }
}
