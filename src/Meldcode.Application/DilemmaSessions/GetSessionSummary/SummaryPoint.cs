using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.GetSessionSummary;

/// <summary>One decision point of a session's summary: its dilemma, question, both votes, the shift and the approved reflections.</summary>
public sealed record SummaryPoint(
    int DilemmaNumber,
    string DilemmaTitle,
    int SourceVersion,
    int PointNumber,
    string Question,
    RoundResult First,
    RoundResult Second,
    VoteShift Shift,
    MeldcodeViewText View,
    IReadOnlyList<string> Reflections);
