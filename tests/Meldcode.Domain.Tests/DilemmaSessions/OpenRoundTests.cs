using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class OpenRoundTests
{
    [Fact]
    public void A_prepared_session_has_no_open_round()
    {
        Assert.Null(Sessions.Prepared().OpenRound);
    }

    [Theory]
    [InlineData(SessionStage.FirstVote, "0:0:1")]
    [InlineData(SessionStage.FirstResult, null)]
    [InlineData(SessionStage.Discussion, null)]
    [InlineData(SessionStage.SecondVote, "0:0:2")]
    [InlineData(SessionStage.Shift, null)]
    [InlineData(SessionStage.MeldcodeView, null)]
    public void A_round_is_open_only_during_the_two_vote_stages(SessionStage stage, string? open)
    {
        var session = Sessions.Started().At(stage);

        Assert.Equal(open, session.OpenRound);
    }

    [Fact]
    public void The_open_round_names_the_dilemma_and_point_on_screen()
    {
        var session = Sessions.Started();
        var opened = new List<string>();

        while (true)
        {
            if (session.OpenRound is { } open)
            {
                opened.Add(open);
            }

            if (session.AtLastStage)
            {
                break;
            }

            session.Next();
        }

        Assert.Equal(["0:0:1", "0:0:2", "0:1:1", "0:1:2", "1:0:1", "1:0:2"], opened);
    }

    [Fact]
    public void The_open_round_is_the_round_of_the_stage_as_a_vote_round()
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);
        session.Next();
        session.At(SessionStage.SecondVote);

        Assert.Equal(new VoteRound(0, 1, 2), VoteRound.Parse(session.OpenRound!));
    }

    [Fact]
    public void Ending_the_session_closes_the_open_round()
    {
        var session = Sessions.Started().At(SessionStage.SecondVote);

        session.End(Clock.Now);

        Assert.Null(session.OpenRound);
    }
}
