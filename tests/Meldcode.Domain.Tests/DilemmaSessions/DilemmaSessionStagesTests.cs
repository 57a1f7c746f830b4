using Meldcode.Domain.Common;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class DilemmaSessionStagesTests
{
    [Fact]
    public void A_started_session_shows_vote_1_of_the_first_decision_point()
    {
        var session = Sessions.Started();

        Assert.Equal((0, 0, SessionStage.FirstVote, "0:0:1", (DateTimeOffset?)null), session.Position());
        Assert.Same(session.Dilemmas[0].Content.DecisionPoints[0], session.CurrentDecisionPoint);
        Assert.False(session.AtLastStage);
    }

    [Fact]
    public void A_decision_point_goes_through_its_six_stages_in_order()
    {
        var session = Sessions.Started();
        var seen = new List<SessionStage> { session.Stage };

        for (var i = 0; i < 5; i++)
        {
            Assert.True(session.Next());
            seen.Add(session.Stage);
        }

        Assert.Equal(
            [SessionStage.FirstVote, SessionStage.FirstResult, SessionStage.Discussion, SessionStage.SecondVote, SessionStage.Shift, SessionStage.MeldcodeView],
            seen);
        Assert.Equal((0, 0), (session.CurrentDilemma, session.CurrentPoint));
    }

    [Fact]
    public void The_discussion_starts_a_timer_of_the_chosen_minutes()
    {
        var session = Sessions.Started().At(SessionStage.FirstResult);
        var later = Clock.Now.AddMinutes(7);

        session.Next(later, minutes: 12);

        Assert.Equal(SessionStage.Discussion, session.Stage);
        Assert.Equal(later.AddMinutes(12), session.TimerEndsAt);
        Assert.Null(session.OpenRound);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(30)]
    public void A_discussion_lasts_one_to_thirty_minutes(int minutes)
    {
        var session = Sessions.Started().At(SessionStage.FirstResult);

        Assert.True(session.Next(minutes));

        Assert.Equal(Clock.Now.AddMinutes(minutes), session.TimerEndsAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(31)]
    [InlineData(int.MaxValue)]
    public void A_discussion_of_less_than_one_or_more_than_thirty_minutes_is_refused_and_the_stage_stays(int minutes)
    {
        var session = Sessions.Started().At(SessionStage.FirstResult);
        var before = session.Position();

        var error = Assert.Throws<DomainException>(() => session.Next(minutes));

        Assert.Equal("Kies voor het gesprek 1 tot 30 minuten.", error.Message);
        Assert.Equal(before, session.Position());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public void The_minutes_matter_only_when_the_discussion_starts(int minutes)
    {
        var session = Sessions.Started();

        Assert.True(session.Next(minutes));
        Assert.Equal(SessionStage.FirstResult, session.Stage);

        session.At(SessionStage.Discussion);
        Assert.True(session.Next(minutes));
        Assert.Equal(SessionStage.SecondVote, session.Stage);
    }

    [Fact]
    public void The_second_vote_stops_the_timer()
    {
        var session = Sessions.Started().At(SessionStage.Discussion);

        session.Next();

        Assert.Null(session.TimerEndsAt);
    }

    [Fact]
    public void After_the_meldcode_view_the_next_decision_point_of_the_same_dilemma_opens_its_vote_1()
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);

        Assert.True(session.Next());

        Assert.Equal((0, 1, SessionStage.FirstVote, "0:1:1", (DateTimeOffset?)null), session.Position());
        Assert.Same(session.Dilemmas[0].Content.DecisionPoints[1], session.CurrentDecisionPoint);
    }

    [Fact]
    public void After_the_last_decision_point_of_a_dilemma_the_next_dilemma_starts_at_its_first_point()
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);
        session.Next();
        session.At(SessionStage.MeldcodeView);

        Assert.True(session.Next());

        Assert.Equal((1, 0, SessionStage.FirstVote, "1:0:1", (DateTimeOffset?)null), session.Position());
        Assert.Same(session.Dilemmas[1], session.Current);
    }

    [Fact]
    public void The_last_stage_of_the_last_point_of_the_last_dilemma_refuses_to_advance()
    {
        var session = Sessions.Started([Sessions.Copy(Sessions.Dilemma("enige", Sessions.ChoiceFittingB()))]).At(SessionStage.MeldcodeView);
        var before = session.Position();

        Assert.True(session.AtLastStage);
        var error = Assert.Throws<DomainException>(() => session.Next());

        Assert.Equal("Dit was het laatste beslismoment. Sluit de sessie af.", error.Message);
        Assert.Equal(before, session.Position());
        Assert.Equal(SessionState.Live, session.State);
    }

    [Fact]
    public void A_session_of_library_dilemmas_walks_every_stage_of_every_point_and_ends_at_the_last()
    {
        var dilemmas = Sessions.FromLibrary(3);
        var session = Sessions.Started(dilemmas);
        var expectedPoints = dilemmas.Sum(d => d.Content.DecisionPoints.Count);
        var steps = 0;

        while (!session.AtLastStage)
        {
            Assert.True(session.Next());
            steps++;
        }

        Assert.Equal((expectedPoints * 6) - 1, steps);
        Assert.Equal(dilemmas.Count - 1, session.CurrentDilemma);
        Assert.Equal(dilemmas[^1].Content.DecisionPoints.Count - 1, session.CurrentPoint);
        Assert.Equal(SessionStage.MeldcodeView, session.Stage);
    }

    [Fact]
    public void Only_the_last_stage_of_the_session_is_the_last_stage()
    {
        var session = Sessions.Started();

        while (!(session.CurrentDilemma == 1 && session.Stage == SessionStage.MeldcodeView))
        {
            Assert.False(session.AtLastStage);
            session.Next();
        }

        Assert.True(session.AtLastStage);
    }

    [Theory]
    [InlineData(SessionStage.FirstVote)]
    [InlineData(SessionStage.FirstResult)]
    [InlineData(SessionStage.Discussion)]
    [InlineData(SessionStage.SecondVote)]
    [InlineData(SessionStage.Shift)]
    [InlineData(SessionStage.MeldcodeView)]
    public void A_double_tap_moves_the_session_on_only_once(SessionStage stage)
    {
        var session = Sessions.Started().At(stage);
        var (dilemma, point) = (session.CurrentDilemma, session.CurrentPoint);

        Assert.True(session.Advance(dilemma, point, stage, Sessions.Minutes, Clock.Now));
        var afterFirstTap = session.Position();
        Assert.False(session.Advance(dilemma, point, stage, Sessions.Minutes, Clock.Now));

        Assert.Equal(afterFirstTap, session.Position());
    }

    [Fact]
    public void A_screen_that_shows_another_decision_point_or_dilemma_changes_nothing()
    {
        var session = Sessions.Started().At(SessionStage.Shift);
        var before = session.Position();

        Assert.False(session.Advance(0, 1, SessionStage.Shift, Sessions.Minutes, Clock.Now));
        Assert.False(session.Advance(1, 0, SessionStage.Shift, Sessions.Minutes, Clock.Now));
        Assert.False(session.Advance(0, 0, SessionStage.SecondVote, Sessions.Minutes, Clock.Now));
        Assert.False(session.Advance(0, 0, SessionStage.MeldcodeView, Sessions.Minutes, Clock.Now));

        Assert.Equal(before, session.Position());
    }

    [Fact]
    public void A_stale_screen_on_the_last_stage_gets_false_rather_than_an_error()
    {
        var session = Sessions.Started([Sessions.Copy(Sessions.Dilemma("enige", Sessions.ChoiceFittingB()))]).At(SessionStage.MeldcodeView);

        Assert.False(session.Advance(0, 0, SessionStage.Shift, Sessions.Minutes, Clock.Now));
    }

    [Fact]
    public void A_stale_screen_is_not_refused_for_its_minutes()
    {
        var session = Sessions.Started().At(SessionStage.Discussion);

        Assert.False(session.Advance(0, 0, SessionStage.FirstResult, 0, Clock.Now));
        Assert.Equal(SessionStage.Discussion, session.Stage);
    }

    [Fact]
    public void A_session_that_was_not_started_cannot_advance()
    {
        var session = Sessions.Prepared();

        var error = Assert.Throws<DomainException>(() => session.Advance(0, 0, SessionStage.FirstVote, Sessions.Minutes, Clock.Now));

        Assert.Equal("Deze sessie is nog niet begonnen.", error.Message);
    }

    [Fact]
    public void An_ended_session_cannot_advance()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);

        var error = Assert.Throws<DomainException>(() => session.Next());

        Assert.Equal("Deze sessie is afgelopen.", error.Message);
    }

    [Fact]
    public void A_session_past_its_24_hours_cannot_advance()
    {
        var session = Sessions.Started();

        Assert.True(session.Next(Clock.Now.AddHours(24).AddTicks(-1)));
        var error = Assert.Throws<DomainException>(() => session.Next(Clock.Now.AddHours(24)));

        Assert.Equal("Deze sessie is afgelopen.", error.Message);
        Assert.Equal(SessionStage.FirstResult, session.Stage);
    }
}
