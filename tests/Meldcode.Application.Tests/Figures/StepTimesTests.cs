using Meldcode.Application.Figures.GetFigures;

namespace Meldcode.Application.Tests.Figures;

public sealed class StepTimesTests
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(int days) => Opened.AddDays(days);

    [Fact]
    public void Each_step_runs_from_its_first_entry_to_the_first_entry_of_the_next()
    {
        var steps = StepTimes.Completed(new StepMoments(Opened, Day(3), Day(5), Day(12), Day(14), Day(44)));

        Assert.Equal([3.0, 2, 7, 2, 30], steps.Select(s => s.Days));
        Assert.Equal(Enum.GetValues<MeldcodeStep>(), steps.Select(s => s.Step));
        Assert.Equal([Day(3), Day(5), Day(12), Day(14), Day(44)], steps.Select(s => s.EndedAt));
    }

    [Fact]
    public void A_conversation_before_the_first_consultation_makes_the_consultation_step_take_no_days()
    {
        var steps = StepTimes.Completed(new StepMoments(Opened, Day(6), Day(4), Day(10), null, null));

        Assert.Equal([6.0, 0, 4], steps.Select(s => s.Days)); // the conversation step starts once both have begun: day 6
    }

    [Fact]
    public void A_step_not_yet_ended_and_a_dossier_closed_without_a_decision_are_not_measured()
    {
        Assert.Equal([MeldcodeStep.Signals], StepTimes.Completed(new StepMoments(Opened, Day(1), null, null, null, null)).Select(s => s.Step));
        Assert.Empty(StepTimes.Completed(new StepMoments(Opened, null, null, null, null, Day(2))));
    }
}
