using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>
/// What every screen of a session shows of where it is: the dilemma and its decision point, the answers, the stage
/// and the timer; and, once revealed, what the meldcode says. The trainer's screens and the participant's page build
/// on it, so they always agree.
/// </summary>
public sealed record SessionPointView(
    Guid SessionId,
    string SessionTitle,
    bool IsRunning,
    SessionState State,
    int Dilemma,
    int Point,
    int DilemmaCount,
    int PointCount,
    string DilemmaTitle,
    string Story,
    string Question,
    bool IsScale,
    IReadOnlyList<AnswerOption> Answers,
    SessionStage Stage,
    string? OpenRound,
    DateTimeOffset? TimerEndsAt,
    DateTimeOffset Now,
    MeldcodeViewText? View,
    IReadOnlyList<string> Prompts)
{
    /// <summary>The stage is one of the two votes, and that vote is open.</summary>
    public bool IsVoting => IsRunning && OpenRound is not null;

    public static SessionPointView Of(DilemmaSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var dilemma = session.Current.Content;
        var point = session.CurrentDecisionPoint;
        var revealed = session.Stage == SessionStage.MeldcodeView;
        return new SessionPointView(
            session.Id,
            session.Title,
            session.IsRunning(now),
            session.State == SessionState.Live && !session.IsRunning(now) ? SessionState.Ended : session.State,
            session.CurrentDilemma,
            session.CurrentPoint,
            session.Dilemmas.Count,
            dilemma.DecisionPoints.Count,
            dilemma.Title,
            dilemma.Story,
            point.Question,
            point.IsScale,
            VoteAnswers.Of(point).Select(a => new AnswerOption(a.Answer, a.Text)).ToList(),
            session.Stage,
            session.IsRunning(now) ? session.OpenRound : null,
            session.TimerEndsAt,
            now,
            revealed ? MeldcodeViewText.Of(point) : null,
            revealed ? dilemma.DiscussionPrompts : []);
    }
}
