using System.Globalization;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// One round of voting in a session: the dilemma (by position), its decision point (by position) and the vote, 1 or
/// 2. Stored as short text such as <c>0:1:2</c>, so a vote can be checked against the open round in one statement.
/// </summary>
public readonly record struct VoteRound
{
    public VoteRound(int dilemma, int point, int vote)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dilemma);
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        if (vote is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(vote), vote, "A decision point has vote 1 and vote 2.");
        }

        Dilemma = dilemma;
        Point = point;
        Vote = vote;
    }

    /// <summary>The position of the dilemma in the session, from 0.</summary>
    public int Dilemma { get; }

    /// <summary>The position of the decision point in the dilemma, from 0.</summary>
    public int Point { get; }

    /// <summary>1 before the discussion, 2 after it.</summary>
    public int Vote { get; }

    /// <summary>Reads a round written by <see cref="ToString"/>; any other text is a <see cref="FormatException"/>.</summary>
    public static VoteRound Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var dilemma)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var point)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var vote)
            || vote is not (1 or 2))
        {
            throw new FormatException("A vote round reads dilemma:point:vote, with vote 1 or 2.");
        }

        return new VoteRound(dilemma, point, vote);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Dilemma}:{Point}:{Vote}");
}
