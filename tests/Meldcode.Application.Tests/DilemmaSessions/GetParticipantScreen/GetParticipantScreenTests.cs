using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.GetParticipantScreen;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.Tests.DilemmaSessions.GetParticipantScreen;

/// <summary>The participant's phone: the decision point, the answers while a vote is open, their own choice, and later what the meldcode says.</summary>
public sealed class GetParticipantScreenTests : DilemmaSessionTest
{
    [Fact]
    public async Task While_vote_1_is_open_the_phone_shows_the_question_the_answers_and_the_own_choice()
    {
        var session = await Sessions.RunAsync(participants: 2);
        await Sessions.VoteAsync(session[0], FirstVote, "B");

        var mine = await Sessions.ParticipantScreenAsync(session[0]);
        var theirs = await Sessions.ParticipantScreenAsync(session[1]);

        Assert.Equal("B", mine.MyAnswer);
        Assert.Null(theirs.MyAnswer);
        Assert.True(mine.Point.IsVoting);
        Assert.Equal(FirstVote, mine.Point.OpenRound);
        Assert.Equal("Beloof je het?", mine.Point.DilemmaTitle);
        Assert.Equal("Wat zeg je tegen Noor?", mine.Point.Question);
        Assert.Equal(["A", "B", "C"], mine.Point.Answers.Select(a => a.Answer));
        Assert.Null(mine.Point.View);
        Assert.Empty(mine.Point.Prompts);
    }

    [Fact]
    public async Task Once_the_vote_closes_the_phone_shows_no_open_vote_and_at_the_end_of_the_point_what_the_meldcode_says()
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.VoteAsync(session[0], FirstVote, "B");
        await Sessions.AdvanceAsync(session.Id);

        var closed = await Sessions.ParticipantScreenAsync(session[0]);
        await Sessions.AdvanceToAsync(session.Id, SessionStage.MeldcodeView);
        var revealed = await Sessions.ParticipantScreenAsync(session[0]);

        Assert.False(closed.Point.IsVoting);
        Assert.Null(closed.MyAnswer);
        Assert.Equal(SessionStage.FirstResult, closed.Point.Stage);
        Assert.Equal(["B"], revealed.Point.View!.FittingAnswers);
        Assert.Equal("Past bij de meldcode: B.", revealed.Point.View.Summary);
        Assert.Equal(3, revealed.Point.Prompts.Count);
    }

    [Fact]
    public async Task A_session_past_its_24_hours_reads_as_ended_with_no_open_vote()
    {
        var session = await Sessions.RunAsync(participants: 1);
        Clock.Advance(TimeSpan.FromHours(24));

        var screen = await Sessions.ParticipantScreenAsync(session[0]);

        Assert.Equal(SessionState.Ended, screen.Point.State);
        Assert.False(screen.Point.IsRunning);
        Assert.Null(screen.Point.OpenRound);
    }

    [Fact]
    public async Task A_made_up_token_or_one_of_another_session_is_not_found()
    {
        var session = await Sessions.RunAsync(participants: 1);
        var other = await Sessions.RunAsync(participants: 1);

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new GetParticipantScreenQuery(session.Id, "verzonnen")));
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new GetParticipantScreenQuery(session.Id, other[0].Token)));
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new GetParticipantScreenQuery(session.Id, null)));
    }
}
