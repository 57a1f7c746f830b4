using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class RoundResultTests
{
    [Fact]
    public void A_result_lists_every_option_in_order_with_its_text_also_those_nobody_chose()
    {
        var point = Sessions.ChoiceFittingB();

        var result = RoundResult.Count(point, ["C", "C", "A"]);

        Assert.Equal(["A", "B", "C"], result.Answers.Select(a => a.Answer));
        Assert.Equal(point.Options.Select(o => o.Text), result.Answers.Select(a => a.Text));
        Assert.Equal([1, 0, 2], result.Answers.Select(a => a.Count));
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public void A_result_of_a_scale_lists_one_to_five_with_the_labels_at_the_ends()
    {
        var result = RoundResult.Count(Sessions.ScaleFitting4To5(), ["5", "4", "4", "1"]);

        Assert.Equal(["1", "2", "3", "4", "5"], result.Answers.Select(a => a.Answer));
        Assert.Equal(["1 – Niet onveilig", "2", "3", "4", "5 – Heel onveilig"], result.Answers.Select(a => a.Text));
        Assert.Equal([1, 0, 0, 2, 1], result.Answers.Select(a => a.Count));
        Assert.Equal(4, result.Total);
    }

    [Fact]
    public void A_round_without_votes_has_every_answer_at_zero()
    {
        var result = RoundResult.Count(Sessions.ChoiceFittingB(), []);

        Assert.Equal(0, result.Total);
        Assert.All(result.Answers, a => Assert.Equal(0, a.Count));
        Assert.Equal(3, result.Answers.Count);
    }

    [Fact]
    public void The_options_that_fit_the_meldcode_are_marked()
    {
        var result = RoundResult.Count(Sessions.ChoiceFittingAAndC(), ["A"]);

        Assert.Equal([true, false, true, false, false], result.Answers.Select(a => a.FitsMeldcode));
    }

    [Fact]
    public void The_range_of_the_scale_that_fits_the_meldcode_is_marked()
    {
        var result = RoundResult.Count(Sessions.ScaleFitting4To5(), []);

        Assert.Equal([false, false, false, true, true], result.Answers.Select(a => a.FitsMeldcode));
    }

    [Fact]
    public void When_it_depends_no_answer_is_marked()
    {
        var scale = RoundResult.Count(Sessions.ScaleThatDepends(), ["3"]);

        Assert.All(scale.Answers, a => Assert.False(a.FitsMeldcode));
    }

    [Fact]
    public void The_marks_follow_what_the_library_says()
    {
        foreach (var point in Meldcode.Domain.Dilemmas.DilemmaLibrary.All.SelectMany(d => d.DecisionPoints))
        {
            var result = RoundResult.Count(point, []);
            var marked = result.Answers.Where(a => a.FitsMeldcode).Select(a => a.Answer).ToArray();

            if (point.View.ScaleFrom is { } from && point.View.ScaleTo is { } to)
            {
                Assert.Equal(Enumerable.Range(from, to - from + 1).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), marked);
            }
            else
            {
                Assert.Equal(point.View.FittingOptionKeys, marked);
            }
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(40, true)]
    public void A_result_is_shown_only_from_three_votes(int votes, bool shown)
    {
        var result = RoundResult.Count(Sessions.ChoiceFittingB(), Enumerable.Repeat("B", votes));

        Assert.Equal(shown, result.IsShown);
    }

    [Fact]
    public void Three_votes_on_three_answers_are_shown_two_on_one_are_not()
    {
        Assert.True(RoundResult.Count(Sessions.ChoiceFittingB(), ["A", "B", "C"]).IsShown);
        Assert.False(RoundResult.Count(Sessions.ChoiceFittingB(), ["A", "B"]).IsShown);
    }

    [Theory]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)]
    [InlineData(1, 200, 1)]
    [InlineData(1, 400, 0)]
    [InlineData(5, 5, 100)]
    [InlineData(0, 5, 0)]
    [InlineData(0, 0, 0)]
    public void A_share_is_rounded_to_whole_percents_with_halves_away_from_zero(int count, int total, int percent)
    {
        Assert.Equal(percent, new AnswerCount("A", "Ja", count, false).PercentOf(total));
    }

    [Theory]
    [InlineData("D")]
    [InlineData("b")]
    [InlineData(" B")]
    [InlineData("1")]
    [InlineData("")]
    public void A_vote_that_is_not_a_stored_answer_of_the_point_is_refused(string vote)
    {
        var error = Assert.Throws<ArgumentException>(() => RoundResult.Count(Sessions.ChoiceFittingB(), ["B", vote, "A"]));

        Assert.Equal("votes", error.ParamName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("A")]
    public void A_scale_refuses_a_vote_outside_one_to_five(string vote)
    {
        Assert.Throws<ArgumentException>(() => RoundResult.Count(Sessions.ScaleFitting4To5(), ["3", vote]));
    }

    [Fact]
    public void Counting_needs_votes()
    {
        Assert.Throws<ArgumentNullException>(() => RoundResult.Count(Sessions.ChoiceFittingB(), null!));
    }
}
