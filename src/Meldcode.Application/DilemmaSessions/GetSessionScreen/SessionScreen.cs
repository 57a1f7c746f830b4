using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.GetSessionScreen;

/// <summary>The trainer's view of a session (see <see cref="GetSessionScreenQuery"/>).</summary>
public sealed record SessionScreen(
    SessionPointView Point,
    string? JoinCode,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<string> DilemmaTitles,
    int Participants,
    int VotesInOpenRound,
    RoundResult? FirstResult,
    RoundResult? SecondResult,
    VoteShift? Shift,
    IReadOnlyList<ReflectionItem> ApprovedReflections,
    IReadOnlyList<ReflectionItem> WaitingReflections,
    bool AtLastStage);
