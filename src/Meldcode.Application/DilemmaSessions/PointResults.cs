using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>Both rounds of a decision point and the shift between them.</summary>
public sealed record PointResults(RoundResult First, RoundResult Second, VoteShift Shift);
