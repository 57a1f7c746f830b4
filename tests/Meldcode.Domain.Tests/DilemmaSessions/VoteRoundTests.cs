using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class VoteRoundTests
{
    [Theory]
    [InlineData(0, 0, 1, "0:0:1")]
    [InlineData(0, 1, 2, "0:1:2")]
    [InlineData(9, 4, 2, "9:4:2")]
    [InlineData(12, 10, 1, "12:10:1")]
    public void A_round_is_written_as_dilemma_point_vote_and_read_back(int dilemma, int point, int vote, string text)
    {
        var round = new VoteRound(dilemma, point, vote);

        Assert.Equal(text, round.ToString());
        Assert.Equal(round, VoteRound.Parse(text));
        Assert.Equal((dilemma, point, vote), (round.Dilemma, round.Point, round.Vote));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void A_decision_point_has_only_vote_1_and_vote_2(int vote)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteRound(0, 0, vote));
    }

    [Fact]
    public void Positions_are_not_negative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteRound(-1, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteRound(0, -1, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0:0")]
    [InlineData("0:0:1:")]
    [InlineData("0:0:1:2")]
    [InlineData("0;0;1")]
    [InlineData("a:b:c")]
    [InlineData("0:0:")]
    [InlineData(" 0:0:1")]
    [InlineData("0:0:1 ")]
    [InlineData("-1:0:1")]
    [InlineData("+1:0:1")]
    [InlineData("0:0:3")]
    [InlineData("0:0:0")]
    [InlineData("99999999999:0:1")]
    [InlineData("0:0:١")]
    public void Text_that_is_not_a_round_is_refused_as_a_format_error(string text)
    {
        Assert.Throws<FormatException>(() => VoteRound.Parse(text));
    }

    [Fact]
    public void Parsing_needs_text()
    {
        Assert.Throws<ArgumentNullException>(() => VoteRound.Parse(null!));
    }

    [Fact]
    public void Rounds_with_the_same_positions_are_equal()
    {
        Assert.Equal(new VoteRound(1, 2, 1), new VoteRound(1, 2, 1));
        Assert.NotEqual(new VoteRound(1, 2, 1), new VoteRound(1, 2, 2));
        Assert.NotEqual(new VoteRound(1, 2, 1), new VoteRound(2, 1, 1));
    }
}
