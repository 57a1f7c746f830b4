using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class VoteAnswersTests
{
    [Fact]
    public void The_answers_of_a_choice_are_its_letters_with_their_texts()
    {
        var point = Sessions.ChoiceFittingB();

        Assert.Equal(point.Options.Select(o => (o.Key, o.Text)), VoteAnswers.Of(point));
    }

    [Fact]
    public void The_answers_of_a_scale_are_one_to_five_with_the_labels_at_the_ends()
    {
        Assert.Equal(
            [("1", "1 – Niet onveilig"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5 – Heel onveilig")],
            VoteAnswers.Of(Sessions.ScaleFitting4To5()));
    }

    [Theory]
    [InlineData("b ", "B")]
    [InlineData("C", "C")]
    [InlineData("d", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalising_a_choice_gives_its_letter_or_nothing(string? answer, string? stored)
    {
        Assert.Equal(stored, VoteAnswers.Normalise(Sessions.ChoiceFittingB(), answer));
    }

    [Theory]
    [InlineData("3", "3")]
    [InlineData(" 1\t", "1")]
    [InlineData("0", null)]
    [InlineData("6", null)]
    [InlineData("B", null)]
    public void Normalising_a_scale_gives_its_value_or_nothing(string? answer, string? stored)
    {
        Assert.Equal(stored, VoteAnswers.Normalise(Sessions.ScaleFitting4To5(), answer));
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("3", false)]
    [InlineData("4", true)]
    [InlineData("5", true)]
    [InlineData("6", false)]
    [InlineData("+4", false)]
    [InlineData(" 4", false)]
    public void A_scale_value_fits_when_it_lies_in_the_range_of_the_meldcode(string answer, bool fits)
    {
        Assert.Equal(fits, VoteAnswers.Fits(Sessions.ScaleFitting4To5(), answer));
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("B", false)]
    [InlineData("C", true)]
    [InlineData("a", false)]
    public void An_option_fits_when_the_meldcode_names_its_stored_letter(string answer, bool fits)
    {
        Assert.Equal(fits, VoteAnswers.Fits(Sessions.ChoiceFittingAAndC(), answer));
    }

    [Fact]
    public void Nothing_fits_when_it_depends()
    {
        Assert.All(VoteAnswers.Of(Sessions.ScaleThatDepends()), a => Assert.False(VoteAnswers.Fits(Sessions.ScaleThatDepends(), a.Answer)));
    }
}
