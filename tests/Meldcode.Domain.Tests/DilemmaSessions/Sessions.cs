using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.DilemmaSessions;

/// <summary>Sessions and dilemmas for the session tests, made and moved on through the session's own methods.</summary>
internal static class Sessions
{
    public const string JoinCode = "123456";

    /// <summary>The discussion minutes the trainer's screen sends by default.</summary>
    public const int Minutes = SessionRules.DefaultDiscussionMinutes;

    /// <summary>A question with three options of which B fits the meldcode.</summary>
    public static DecisionPoint ChoiceFittingB(string question = "Wat doe je?") =>
        DecisionPoint.Choice(question, ["Niets", "Overleggen met de aandachtsfunctionaris", "Meteen melden"], MeldcodeView.Fits("Eerst overleg je.", "B"));

    /// <summary>A question with five options of which A and C fit the meldcode.</summary>
    public static DecisionPoint ChoiceFittingAAndC() =>
        DecisionPoint.Choice("Wat past?", ["Eén", "Twee", "Drie", "Vier", "Vijf"], MeldcodeView.Fits("A en C passen.", "A", "C"));

    /// <summary>A 1–5 scale of which 4 and 5 fit the meldcode.</summary>
    public static DecisionPoint ScaleFitting4To5() =>
        DecisionPoint.Rating("Hoe onveilig is het?", new RatingScale("Niet onveilig", "Heel onveilig"), MeldcodeView.FitsScale(4, 5, "Dit is structureel onveilig."));

    /// <summary>A 1–5 scale on which no answer fits: it depends.</summary>
    public static DecisionPoint ScaleThatDepends() =>
        DecisionPoint.Rating("Hoe moeilijk vind je het?", new RatingScale("Niet moeilijk", "Heel moeilijk"), MeldcodeView.ItDepends("Dat verschilt per persoon."));

    public static Dilemma Dilemma(string key, params DecisionPoint[] points) => new(
        key,
        "Een dilemma",
        "Een kort verhaal over verzonnen mensen.",
        [Sector.Education],
        [FormOfAbuse.PhysicalAbuse],
        [DilemmaTheme.AskedToKeepSecret],
        MeldcodeStep.Signals,
        WeighingQuestion.Suspicion,
        points,
        ["Wat vind jij?"]);

    public static SessionDilemma Copy(Dilemma content) => new(Guid.NewGuid(), 1, content);

    /// <summary>Two dilemmas: the first with a choice and a scale, the second with one choice.</summary>
    public static IReadOnlyList<SessionDilemma> TwoDilemmas() =>
    [
        Copy(Dilemma("eerste", ChoiceFittingB(), ScaleFitting4To5())),
        Copy(Dilemma("tweede", ChoiceFittingB("En nu?"))),
    ];

    /// <summary>The first <paramref name="count"/> dilemmas of the library.</summary>
    public static IReadOnlyList<SessionDilemma> FromLibrary(int count) => DilemmaLibrary.All.Take(count).Select(Copy).ToArray();

    public static DilemmaSession Prepared(IReadOnlyList<SessionDilemma>? dilemmas = null, string title = "Training meldcode") =>
        DilemmaSession.Prepare(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), title, dilemmas ?? TwoDilemmas(), Clock.Now);

    /// <summary>A session started at <see cref="Clock.Now"/>: vote 1 of the first decision point is open.</summary>
    public static DilemmaSession Started(IReadOnlyList<SessionDilemma>? dilemmas = null)
    {
        var session = Prepared(dilemmas);
        session.Start(JoinCode, Clock.Now);
        return session;
    }

    /// <summary>The trainer's "next" button, pressed on the stage the session is at.</summary>
    public static bool Next(this DilemmaSession session, int minutes = Minutes) => session.Next(Clock.Now, minutes);

    public static bool Next(this DilemmaSession session, DateTimeOffset now, int minutes = Minutes) =>
        session.Advance(session.CurrentDilemma, session.CurrentPoint, session.Stage, minutes, now);

    /// <summary>Presses "next" until the session is at the given stage of the current decision point.</summary>
    public static DilemmaSession At(this DilemmaSession session, SessionStage stage)
    {
        while (session.Stage != stage)
        {
            session.Next();
        }

        return session;
    }

    /// <summary>Where the session is, to compare before and after.</summary>
    public static (int Dilemma, int Point, SessionStage Stage, string? OpenRound, DateTimeOffset? TimerEndsAt) Position(this DilemmaSession session) =>
        (session.CurrentDilemma, session.CurrentPoint, session.Stage, session.OpenRound, session.TimerEndsAt);
}
