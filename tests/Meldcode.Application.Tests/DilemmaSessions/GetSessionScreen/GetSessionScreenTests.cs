using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.Tests.DilemmaSessions.GetSessionScreen;

/// <summary>The trainer's screen: how many voted while a vote is open, the result once closed (from three votes), the shift, the reflections.</summary>
public sealed class GetSessionScreenTests : DilemmaSessionTest
{
    [Fact]
    public async Task While_a_vote_is_open_the_screen_shows_how_many_voted_not_what()
    {
        var session = await Sessions.RunAsync(participants: 4);
        await Sessions.VoteAsync(session, FirstVote, "A", "B", "B");

        var screen = await Sessions.ScreenAsync(session.Id);

        Assert.Equal(session.Code, screen.JoinCode);
        Assert.Equal(4, screen.Participants);
        Assert.Equal(3, screen.VotesInOpenRound);
        Assert.Null(screen.FirstResult);
        Assert.Null(screen.SecondResult);
        Assert.Null(screen.Shift);
        Assert.Equal(["Beloof je het?", "Zeg het tegen niemand"], screen.DilemmaTitles);
        Assert.False(screen.AtLastStage);
    }

    [Fact]
    public async Task A_closed_vote_with_fewer_than_three_votes_shows_no_result()
    {
        var session = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(session, FirstVote, "A", "B");
        await Sessions.AdvanceAsync(session.Id);

        var screen = await Sessions.ScreenAsync(session.Id);

        Assert.Equal(0, screen.VotesInOpenRound);
        Assert.Equal(2, screen.FirstResult!.Total);
        Assert.False(screen.FirstResult.IsShown);
    }

    [Fact]
    public async Task A_closed_vote_with_three_votes_shows_the_result_and_what_fits_the_meldcode()
    {
        var session = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(session, FirstVote, "A", "B", "B");
        await Sessions.AdvanceAsync(session.Id);

        var result = (await Sessions.ScreenAsync(session.Id)).FirstResult!;

        Assert.True(result.IsShown);
        Assert.Equal([("A", 1, false), ("B", 2, true), ("C", 0, false)], result.Answers.Select(a => (a.Answer, a.Count, a.FitsMeldcode)));
        Assert.Equal(67, result.Answers[1].PercentOf(result.Total));
    }

    [Fact]
    public async Task After_vote_2_the_screen_shows_its_result_and_the_shift_as_numbers()
    {
        var session = await Sessions.RunAsync(participants: 4);
        await Sessions.VoteAsync(session, FirstVote, "A", "A", "B", "C");
        await Sessions.AdvanceToAsync(session.Id, SessionStage.SecondVote);
        await Sessions.VoteAsync(session, SecondVote, "B", "B", "B");

        var open = await Sessions.ScreenAsync(session.Id);
        await Sessions.AdvanceAsync(session.Id);
        var screen = await Sessions.ScreenAsync(session.Id);

        Assert.Equal(3, open.VotesInOpenRound);
        Assert.Null(open.SecondResult);
        Assert.Null(open.Shift);
        Assert.Equal(SessionStage.Shift, screen.Point.Stage);
        Assert.Equal(4, screen.FirstResult!.Total);
        Assert.Equal([0, 3, 0], screen.SecondResult!.Answers.Select(a => a.Count));
        var shift = screen.Shift!;
        Assert.True(shift.IsShown);
        Assert.Equal((3, 2, 1), (shift.VotedTwice, shift.Changed, shift.Kept));
        Assert.Equal([new AnswerMove("A", "B", 2)], shift.Moves);
    }

    [Fact]
    public async Task The_shift_is_not_shown_when_fewer_than_three_voted_twice()
    {
        var session = await Sessions.RunAsync(participants: 4);
        await Sessions.VoteAsync(session, FirstVote, "A", "A", "B");
        await Sessions.AdvanceToAsync(session.Id, SessionStage.SecondVote);
        await Sessions.VoteAsync(session[0], SecondVote, "B");
        await Sessions.VoteAsync(session[1], SecondVote, "B");
        await Sessions.VoteAsync(session[3], SecondVote, "B");
        await Sessions.AdvanceAsync(session.Id);

        var screen = await Sessions.ScreenAsync(session.Id);

        Assert.True(screen.SecondResult!.IsShown);
        Assert.False(screen.Shift!.IsShown);
        Assert.Equal(2, screen.Shift.VotedTwice);
    }

    [Fact]
    public async Task Waiting_reflections_are_on_the_control_page_and_approved_ones_of_this_point_on_the_projector()
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.ReflectAsync(session[0], "Eerst overleggen.");
        await Sessions.ReflectAsync(session[0], "Niets beloven.");
        var first = (await ReflectionsAsync(session.Id))[0].Id;
        await Sessions.AsTrainerAsync(new Application.DilemmaSessions.DecideReflection.DecideReflectionCommand(session.Id, first, Approve: true));

        var now = await Sessions.ScreenAsync(session.Id);
        await Sessions.AdvanceToAsync(session.Id, SessionStage.MeldcodeView);
        await Sessions.AdvanceAsync(session.Id);
        var nextPoint = await Sessions.ScreenAsync(session.Id);

        Assert.Equal(["Eerst overleggen."], now.ApprovedReflections.Select(r => r.Text));
        Assert.Equal(["Niets beloven."], now.WaitingReflections.Select(r => r.Text));
        Assert.Equal(1, nextPoint.Point.Point);
        Assert.Empty(nextPoint.ApprovedReflections);
        Assert.Equal(["Niets beloven."], nextPoint.WaitingReflections.Select(r => r.Text));
    }

    [Fact]
    public async Task A_prepared_session_shows_its_first_point_without_code_or_results()
    {
        var id = await Sessions.PrepareAsync();

        var screen = await Sessions.ScreenAsync(id);

        Assert.Equal(SessionState.Prepared, screen.Point.State);
        Assert.False(screen.Point.IsRunning);
        Assert.Null(screen.JoinCode);
        Assert.Null(screen.FirstResult);
        Assert.Equal(0, screen.Participants);
    }
}
