using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>Both rounds of a decision point and the shift between them.</summary>
public sealed record PointResults(RoundResult First, RoundResult Second, VoteShift Shift)
{
    /// <summary>The results of a decision point from each participant's answer in round 1 and in round 2.</summary>
    public static PointResults Of(DecisionPoint point, IReadOnlyDictionary<Guid, string> first, IReadOnlyDictionary<Guid, string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new PointResults(RoundResult.Count(point, first.Values), RoundResult.Count(point, second.Values), VoteShift.Between(first, second));
    }
}
