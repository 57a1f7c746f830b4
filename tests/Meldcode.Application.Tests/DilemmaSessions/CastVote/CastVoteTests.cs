using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.AdvanceSession;
using Meldcode.Application.DilemmaSessions.CastVote;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.CastVote;

/// <summary>A participant votes in the open round: once per round (voting again replaces it), and only while it is open.</summary>
public sealed class CastVoteTests : DilemmaSessionTest
{
    [Fact]
    public async Task A_vote_counts_once_per_participant_and_voting_again_replaces_it()
    {
        var session = await Sessions.RunAsync(participants: 2);
        Host.SessionSignals.ClearReceivedCalls();

        await Sessions.VoteAsync(session[0], FirstVote, "A");
        await Sessions.VoteAsync(session[0], FirstVote, "c");
        await Sessions.VoteAsync(session[1], FirstVote, "b");

        var votes = await VotesAsync(session.Id);
        Assert.Equal(2, votes.Count);
        Assert.Equal(["B", "C"], votes.Select(v => v.Answer).Order());
        Assert.Equal(2, (await Sessions.ScreenAsync(session.Id)).VotesInOpenRound);
        Assert.Equal("C", (await Sessions.ParticipantScreenAsync(session[0])).MyAnswer);
        Host.SessionSignals.Received(3).CountsChanged(session.Id);
    }

    [Fact]
    public async Task A_vote_after_the_trainer_closed_the_round_is_refused_and_not_stored()
    {
        var session = await Sessions.RunAsync(participants: 2);
        await Sessions.VoteAsync(session[0], FirstVote, "A");
        await Sessions.AdvanceAsync(session.Id);
        Host.SessionSignals.ClearReceivedCalls();

        var late = await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(session[1], FirstVote, "B"));
        var changed = await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(session[0], FirstVote, "C"));

        Assert.Equal(CastVoteCommandHandler.ClosedMessage, late.Message);
        Assert.Equal(CastVoteCommandHandler.ClosedMessage, changed.Message);
        Assert.Equal([(session[0].SessionId, "A")], (await VotesAsync(session.Id)).Select(v => (v.SessionId, v.Answer)));
        Host.SessionSignals.DidNotReceiveWithAnyArgs().CountsChanged(default);
    }

    [Fact]
    public async Task A_round_the_trainer_closes_while_the_vote_is_on_its_way_refuses_it()
    {
        var session = await Sessions.RunAsync(participants: 1);
        var trainer = Trainer;

        // The vote has found its participant and session (vote 1 still open); the trainer closes vote 1 before it is written.
        Clock.OnNextRead(() => Task.Run(() => Host.SendAsAsync(trainer, new AdvanceSessionCommand(session.Id, 0, 0, SessionStage.FirstVote, null))).GetAwaiter().GetResult());
        var refused = await Assert.ThrowsAsync<DomainException>(() => Host.SendAsync(new CastVoteCommand(session.Id, session[0].Token, FirstVote, "B")));

        Assert.Equal(CastVoteCommandHandler.ClosedMessage, refused.Message);
        Assert.Empty(await VotesAsync(session.Id));
        Assert.Equal(SessionStage.FirstResult, (await SessionAsync(session.Id)).Stage);
    }

    [Theory]
    [InlineData("0:0:2")]
    [InlineData("0:1:1")]
    [InlineData("1:0:1")]
    [InlineData("9:9:1")]
    public async Task A_vote_for_a_round_that_is_not_open_is_refused(string round)
    {
        var session = await Sessions.RunAsync(participants: 1);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(session[0], round, "B"));

        Assert.Equal(CastVoteCommandHandler.ClosedMessage, refused.Message);
        Assert.Empty(await VotesAsync(session.Id));
    }

    [Fact]
    public async Task A_made_up_token_or_one_of_another_session_is_not_found()
    {
        var session = await Sessions.RunAsync(participants: 1);
        var other = await Sessions.RunAsync(participants: 1);

        foreach (var token in new[] { "verzonnen", string.Empty, null, new string('x', 101), other[0].Token })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new CastVoteCommand(session.Id, token, FirstVote, "B")));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new CastVoteCommand(Guid.NewGuid(), session[0].Token, FirstVote, "B")));
        Assert.Empty(await VotesAsync(session.Id));
        Assert.Empty(await VotesAsync(other.Id));
    }

    [Theory]
    [InlineData("", "Kies een antwoord.")]
    [InlineData("<script>alert(1)</script>", "Kies een van de antwoorden.")]
    [InlineData("=1+1", "Kies een van de antwoorden.")]
    public async Task A_missing_or_long_answer_is_refused_by_validation(string answer, string message)
    {
        var session = await Sessions.RunAsync(participants: 1);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.VoteAsync(session[0], FirstVote, answer));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Empty(await VotesAsync(session.Id));
    }

    [Theory]
    [InlineData("D")]
    [InlineData("Z")]
    [InlineData("1")]
    [InlineData("'")]
    [InlineData("=")]
    public async Task An_answer_the_decision_point_does_not_have_is_refused(string answer)
    {
        var session = await Sessions.RunAsync(participants: 1);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(session[0], FirstVote, answer));

        Assert.Equal("Kies een van de antwoorden.", refused.Message);
        Assert.Empty(await VotesAsync(session.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0:0")]
    [InlineData("0:0:3")]
    [InlineData("a:b:1")]
    [InlineData("0:0:1; DROP TABLE DilemmaSessionVotes")]
    public async Task A_round_that_cannot_exist_is_refused_in_Dutch(string? round)
    {
        var session = await Sessions.RunAsync(participants: 1);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AnonymouslyAsync(new CastVoteCommand(session.Id, session[0].Token, round, "B")));

        Assert.Equal(["Deze stemronde bestaat niet. Laad de pagina opnieuw."], refused.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task A_scale_point_takes_1_to_5()
    {
        var id = await Sessions.PrepareAsync(null, SessionDriver.SecondKey);
        var code = await Sessions.StartAsync(id);
        var participants = await Sessions.JoinAsync(code, 1);
        for (var i = 0; i < 6; i++)
        {
            await Sessions.AdvanceAsync(id);
        }

        await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(participants[0], "0:1:1", "6"));
        await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(participants[0], "0:1:1", "A"));
        await Sessions.VoteAsync(participants[0], "0:1:1", "4");

        Assert.Equal("4", Assert.Single(await VotesAsync(id)).Answer);
    }

    [Fact]
    public async Task After_the_session_ended_the_token_no_longer_works()
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.VoteAsync(session[0], FirstVote, "B");
        await Sessions.EndAsync(session.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.VoteAsync(session[0], FirstVote, "A"));

        Assert.Equal("B", Assert.Single(await VotesAsync(session.Id)).Answer);
    }

    [Fact]
    public async Task After_24_hours_a_vote_is_refused_even_before_the_housekeeping_ended_the_session()
    {
        var session = await Sessions.RunAsync(participants: 1);
        Clock.Advance(TimeSpan.FromHours(24));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.VoteAsync(session[0], FirstVote, "B"));

        Assert.Equal(CastVoteCommandHandler.ClosedMessage, refused.Message);
        Assert.Empty(await VotesAsync(session.Id));
    }

    [Fact]
    public async Task Fifty_participants_voting_at_the_same_moment_are_each_counted_once()
    {
        var session = await Sessions.RunAsync(participants: 50);
        Host.SessionSignals.ClearReceivedCalls();
        var answers = new[] { "A", "B", "C" };

        // Every participant votes twice at once (a double tap), each request in its own scope and connection.
        await Task.WhenAll(session.Participants.SelectMany((p, i) => new[]
        {
            Task.Run(() => Host.SendAsync(new CastVoteCommand(p.SessionId, p.Token, FirstVote, answers[i % 3]))),
            Task.Run(() => Host.SendAsync(new CastVoteCommand(p.SessionId, p.Token, FirstVote, answers[i % 3]))),
        }));

        var votes = await VotesAsync(session.Id);
        Assert.Equal(50, votes.Count);
        Assert.Equal(50, votes.Select(v => v.ParticipantId).Distinct().Count());
        Assert.Equal([17, 17, 16], answers.Select(a => votes.Count(v => v.Answer == a)));
        Assert.Equal(50, (await Sessions.ScreenAsync(session.Id)).VotesInOpenRound);
        Host.SessionSignals.Received(100).CountsChanged(session.Id);
    }

    [Fact]
    public async Task Votes_racing_the_close_of_the_round_are_either_counted_or_refused_never_lost_after_it()
    {
        var session = await Sessions.RunAsync(participants: 30);
        var trainer = Trainer;
        Host.SignInAs(trainer.Id, [.. trainer.Roles]);

        var votes = session.Participants.Select(p => Task.Run(() => Host.SendAsync(new CastVoteCommand(p.SessionId, p.Token, FirstVote, "B")))).ToList();
        var close = Task.Run(() => Host.SendAsync(new AdvanceSessionCommand(session.Id, 0, 0, SessionStage.FirstVote, null)));
        var outcomes = await Task.WhenAll(votes.Select(v => Record.ExceptionAsync(() => v)));
        Assert.True(await close);

        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(CastVoteCommandHandler.ClosedMessage, Assert.IsType<DomainException>(o).Message));
        Assert.Equal(outcomes.Count(o => o is null), (await VotesAsync(session.Id)).Count);
        Assert.Equal(SessionStage.FirstResult, (await SessionAsync(session.Id)).Stage);
    }
}
