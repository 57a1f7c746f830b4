namespace Meldcode.Domain.DilemmaSessions;

/// <summary>So many people answered <see cref="From"/> in round 1 and <see cref="To"/> in round 2.</summary>
public sealed record AnswerMove(string From, string To, int Count);
