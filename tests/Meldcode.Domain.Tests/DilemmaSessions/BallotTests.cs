using Meldcode.Domain.Common;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class BallotTests
{
    private const string Closed = DilemmaSession.RoundClosedMessage;

    private const string Unknown = "Kies een van de antwoorden.";

    [Fact]
    public void The_open_round_accepts_a_vote()
    {
        var session = Sessions.Started();

        Assert.Equal("B", session.Ballot(new VoteRound(0, 0, 1), "B", Clock.Now));
    }

    [Fact]
    public void Vote_2_accepts_a_vote_once_it_opens()
    {
        var session = Sessions.Started().At(SessionStage.SecondVote);

        Assert.Equal("C", session.Ballot(new VoteRound(0, 0, 2), "C", Clock.Now));
    }

    [Theory]
    [InlineData("b ", "B")]
    [InlineData(" a", "A")]
    [InlineData("c", "C")]
    [InlineData("\tB\n", "B")]
    public void A_letter_is_stored_as_the_option_key(string typed, string stored)
    {
        var session = Sessions.Started();

        Assert.Equal(stored, session.Ballot(new VoteRound(0, 0, 1), typed, Clock.Now));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("3", "3")]
    [InlineData(" 5 ", "5")]
    public void A_scale_value_is_stored_as_its_digit(string typed, string stored)
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);
        session.Next();

        Assert.Equal(stored, session.Ballot(new VoteRound(0, 1, 1), typed, Clock.Now));
    }

    [Theory]
    [InlineData("D")]
    [InlineData("F")]
    [InlineData("1")]
    [InlineData("AB")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("A; DROP TABLE votes;--")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Ａ")]
    [InlineData("B\0")]
    public void A_choice_refuses_what_is_not_one_of_its_letters(string? answer)
    {
        var session = Sessions.Started();

        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), answer, Clock.Now));

        Assert.Equal(Unknown, error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("03")]
    [InlineData("3.0")]
    [InlineData("A")]
    [InlineData("drie")]
    [InlineData("٣")]
    [InlineData("")]
    [InlineData(null)]
    public void A_scale_refuses_what_is_not_one_to_five(string? answer)
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);
        session.Next();

        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 1, 1), answer, Clock.Now));

        Assert.Equal(Unknown, error.Message);
    }

    [Fact]
    public void A_choice_of_five_options_accepts_A_to_E()
    {
        var session = Sessions.Started([Sessions.Copy(Sessions.Dilemma("vijf", Sessions.ChoiceFittingAAndC()))]);

        Assert.Equal(["A", "B", "C", "D", "E"], "abcde".Select(c => session.Ballot(new VoteRound(0, 0, 1), c.ToString(), Clock.Now)));
    }

    [Theory]
    [InlineData(SessionStage.FirstResult)]
    [InlineData(SessionStage.Discussion)]
    [InlineData(SessionStage.Shift)]
    [InlineData(SessionStage.MeldcodeView)]
    public void A_round_that_was_closed_refuses_every_vote(SessionStage stage)
    {
        var session = Sessions.Started().At(stage);

        Assert.Equal(Closed, Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "B", Clock.Now)).Message);
        Assert.Equal(Closed, Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 2), "B", Clock.Now)).Message);
    }

    [Fact]
    public void Vote_1_is_closed_once_vote_2_is_open()
    {
        var session = Sessions.Started().At(SessionStage.SecondVote);

        Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "B", Clock.Now));
    }

    [Fact]
    public void Vote_2_is_not_open_during_vote_1()
    {
        var session = Sessions.Started();

        Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 2), "B", Clock.Now));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 0, 2)]
    [InlineData(5, 0, 1)]
    [InlineData(0, 9, 1)]
    public void A_vote_for_another_round_than_the_open_one_is_refused(int dilemma, int point, int vote)
    {
        var session = Sessions.Started();

        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(dilemma, point, vote), "B", Clock.Now));

        Assert.Equal(Closed, error.Message);
    }

    [Fact]
    public void A_vote_for_a_round_of_an_earlier_decision_point_is_refused()
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);
        session.Next();

        Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "B", Clock.Now));
        Assert.Equal("2", session.Ballot(new VoteRound(0, 1, 1), "2", Clock.Now));
    }

    [Fact]
    public void A_prepared_session_refuses_every_vote()
    {
        var session = Sessions.Prepared();

        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "B", Clock.Now));

        Assert.Equal(Closed, error.Message);
    }

    [Fact]
    public void An_ended_session_refuses_every_vote()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);

        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "B", Clock.Now));

        Assert.Equal(Closed, error.Message);
    }

    [Fact]
    public void A_session_past_its_24_hours_refuses_votes_even_before_it_is_ended()
    {
        var session = Sessions.Started();

        Assert.Equal("B", session.Ballot(new VoteRound(0, 0, 1), "B", session.ExpiresAt!.Value.AddTicks(-1)));
        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "B", session.ExpiresAt!.Value));

        Assert.Equal(Closed, error.Message);
        Assert.Equal(SessionState.Live, session.State);
    }

    [Fact]
    public void A_closed_round_is_refused_before_the_answer_is_looked_at()
    {
        var session = Sessions.Started().At(SessionStage.FirstResult);

        var error = Assert.Throws<DomainException>(() => session.Ballot(new VoteRound(0, 0, 1), "F", Clock.Now));

        Assert.Equal(Closed, error.Message);
    }

    [Fact]
    public void A_library_dilemma_accepts_its_own_letters()
    {
        var dilemmas = Sessions.FromLibrary(1);
        var session = Sessions.Started(dilemmas);
        var keys = dilemmas[0].Content.DecisionPoints[0].Options.Select(o => o.Key).ToArray();

        Assert.All(keys, key => Assert.Equal(key, session.Ballot(new VoteRound(0, 0, 1), key.ToLowerInvariant(), Clock.Now)));
    }
}
