namespace Meldcode.Domain.DilemmaSessions;

/// <summary>The fixed rules of a live session.</summary>
public static class SessionRules
{
    /// <summary>Results are shown only once at least this many people voted, so no single vote can be traced.</summary>
    public const int MinimumVotesForResults = 3;

    /// <summary>A session can be joined for at most this long after its start; it ends by itself then.</summary>
    public static readonly TimeSpan LongestSession = TimeSpan.FromHours(24);

    public const int MaxDilemmas = 10;

    public const int TitleMax = 100;

    public const int JoinCodeLength = 6;

    public const int MinDiscussionMinutes = 1;

    public const int MaxDiscussionMinutes = 30;

    public const int DefaultDiscussionMinutes = 5;
}
