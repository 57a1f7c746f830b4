namespace Meldcode.Domain.DilemmaSessions;

/// <summary>One answer of a round and how many chose it; <see cref="FitsMeldcode"/> for when the view is revealed.</summary>
public sealed record AnswerCount(string Answer, string Text, int Count, bool FitsMeldcode)
{
    /// <summary>The share of the round's votes, rounded to whole percents.</summary>
    public int PercentOf(int total) => total == 0 ? 0 : (int)Math.Round(Count * 100.0 / total, MidpointRounding.AwayFromZero);
}
