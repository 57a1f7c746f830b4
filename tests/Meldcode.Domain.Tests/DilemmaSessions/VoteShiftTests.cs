using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class VoteShiftTests
{
    private static VoteShift Shift(Dictionary<int, string> first, Dictionary<int, string> second) => VoteShift.Between(first, second);

    [Fact]
    public void Only_people_who_voted_in_both_rounds_count()
    {
        var shift = Shift(
            new() { [1] = "A", [2] = "B", [3] = "C", [4] = "A" },
            new() { [1] = "B", [2] = "B", [5] = "C", [6] = "A" });

        Assert.Equal(2, shift.VotedTwice);
        Assert.Equal(1, shift.Changed);
        Assert.Equal(1, shift.Kept);
        Assert.Equal([new AnswerMove("A", "B", 1)], shift.Moves);
    }

    [Fact]
    public void A_shift_lists_each_change_from_what_to_what_with_how_many()
    {
        var shift = Shift(
            new() { [1] = "A", [2] = "A", [3] = "A", [4] = "C", [5] = "B", [6] = "B" },
            new() { [1] = "B", [2] = "B", [3] = "C", [4] = "B", [5] = "B", [6] = "B" });

        Assert.Equal(6, shift.VotedTwice);
        Assert.Equal(4, shift.Changed);
        Assert.Equal(2, shift.Kept);
        Assert.Equal(
            [new AnswerMove("A", "B", 2), new AnswerMove("A", "C", 1), new AnswerMove("C", "B", 1)],
            shift.Moves);
    }

    [Fact]
    public void Moves_are_ordered_most_frequent_first_then_by_from_and_to()
    {
        var shift = Shift(
            new() { [1] = "C", [2] = "B", [3] = "B", [4] = "A", [5] = "A", [6] = "A", [7] = "B" },
            new() { [1] = "A", [2] = "C", [3] = "C", [4] = "C", [5] = "C", [6] = "C", [7] = "A" });

        Assert.Equal(
            [new AnswerMove("A", "C", 3), new AnswerMove("B", "C", 2), new AnswerMove("B", "A", 1), new AnswerMove("C", "A", 1)],
            shift.Moves);
    }

    [Fact]
    public void Moves_between_scale_values_are_counted_too()
    {
        var shift = Shift(
            new() { [1] = "2", [2] = "2", [3] = "5" },
            new() { [1] = "4", [2] = "4", [3] = "5" });

        Assert.Equal([new AnswerMove("2", "4", 2)], shift.Moves);
        Assert.Equal(1, shift.Kept);
    }

    [Fact]
    public void When_nobody_changed_there_are_no_moves()
    {
        var shift = Shift(new() { [1] = "A", [2] = "B", [3] = "B" }, new() { [1] = "A", [2] = "B", [3] = "B" });

        Assert.Empty(shift.Moves);
        Assert.Equal(0, shift.Changed);
        Assert.Equal(3, shift.Kept);
    }

    [Fact]
    public void Without_votes_the_shift_is_empty_and_hidden()
    {
        var shift = Shift([], []);

        Assert.Equal(0, shift.VotedTwice);
        Assert.Empty(shift.Moves);
        Assert.False(shift.IsShown);
    }

    [Fact]
    public void A_shift_is_shown_only_from_three_people_who_voted_twice()
    {
        var twoTwice = Shift(
            new() { [1] = "A", [2] = "A", [3] = "A", [4] = "A" },
            new() { [1] = "B", [2] = "B", [5] = "B", [6] = "B" });
        var threeTwice = Shift(
            new() { [1] = "A", [2] = "A", [3] = "A" },
            new() { [1] = "B", [2] = "B", [3] = "A" });

        Assert.Equal(2, twoTwice.VotedTwice);
        Assert.False(twoTwice.IsShown);
        Assert.Equal(3, threeTwice.VotedTwice);
        Assert.True(threeTwice.IsShown);
    }

    [Fact]
    public void Participants_are_matched_by_their_anonymous_key()
    {
        var (p, q, r) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var shift = VoteShift.Between(
            new Dictionary<Guid, string> { [p] = "A", [q] = "B", [r] = "C" },
            new Dictionary<Guid, string> { [r] = "A", [q] = "B", [p] = "C" });

        Assert.Equal([new AnswerMove("A", "C", 1), new AnswerMove("C", "A", 1)], shift.Moves);
        Assert.Equal(1, shift.Kept);
    }

    [Fact]
    public void A_shift_needs_both_rounds()
    {
        Assert.Throws<ArgumentNullException>(() => VoteShift.Between<int>(null!, new Dictionary<int, string>()));
        Assert.Throws<ArgumentNullException>(() => VoteShift.Between<int>(new Dictionary<int, string>(), null!));
    }
}
