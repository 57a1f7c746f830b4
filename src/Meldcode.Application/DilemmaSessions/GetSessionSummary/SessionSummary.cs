namespace Meldcode.Application.DilemmaSessions.GetSessionSummary;

/// <summary>The summary of a session (see <see cref="GetSessionSummaryQuery"/>).</summary>
public sealed record SessionSummary(
    Guid SessionId,
    string Title,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    int Participants,
    bool ReflectionsErased,
    IReadOnlyList<SummaryPoint> Points);
