using System.Globalization;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class DossierFlagsTests
{
    /// <summary>Wednesday 18 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 18);

    /// <summary>An open dossier that needs nothing: worked on this morning, owner active, no review, no report due, no evaluation.</summary>
    private static readonly DossierFlagFacts Quiet = new(false, null, false, true, null, At("2026-11-18 09:00"));

    public static TheoryData<string, DossierFlag> OneFactEach() => new()
    {
        { "nothing", DossierFlag.None },
        { "acute", DossierFlag.Acute },
        { "deviation awaiting review", DossierFlag.DeviationAwaitingReview },
        { "report awaiting co-signature", DossierFlag.AwaitingCoSignature },
        { "report due", DossierFlag.ReportDue },
        { "owner deactivated", DossierFlag.NoActiveOwner },
        { "evaluation yesterday", DossierFlag.EvaluationOverdue },
        { "quiet for three weeks", DossierFlag.Stalled },
    };

    [Theory]
    [MemberData(nameof(OneFactEach))]
    public void Each_fact_raises_its_own_flag_and_no_other(string fact, DossierFlag expected)
    {
        var facts = fact switch
        {
            "nothing" => Quiet,
            "acute" => Quiet with { IsAcute = true },
            "deviation awaiting review" => Quiet with { AwaitingReview = ReviewReason.Deviation },
            "report awaiting co-signature" => Quiet with { AwaitingReview = ReviewReason.Report },
            "report due" => Quiet with { ReportDue = true },
            "owner deactivated" => Quiet with { OwnerIsActive = false },
            "evaluation yesterday" => Quiet with { NextEvaluationDate = Today.AddDays(-1) },
            "quiet for three weeks" => Quiet with { LastActivityAt = At("2026-10-28 09:00") },
            _ => throw new ArgumentOutOfRangeException(nameof(fact)),
        };

        Assert.Equal(expected, DossierFlags.For(facts, Today, DossierFlags.DefaultStalledAfterWorkingDays));
    }

    [Fact]
    public void Every_fact_at_once_raises_every_flag_but_one_review_reason()
    {
        var facts = new DossierFlagFacts(true, ReviewReason.Report, true, false, Today.AddDays(-30), At("2026-10-01 12:00"));

        Assert.Equal(
            DossierFlag.Acute | DossierFlag.AwaitingCoSignature | DossierFlag.ReportDue | DossierFlag.NoActiveOwner | DossierFlag.EvaluationOverdue | DossierFlag.Stalled,
            DossierFlags.For(facts, Today, DossierFlags.DefaultStalledAfterWorkingDays));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)] // due today: not overdue yet
    [InlineData(1, false)]
    public void An_evaluation_is_overdue_only_after_its_day(int daysFromToday, bool overdue)
    {
        var facts = Quiet with { NextEvaluationDate = Today.AddDays(daysFromToday) };

        Assert.Equal(overdue, DossierFlags.For(facts, Today, 10).HasFlag(DossierFlag.EvaluationOverdue));
    }

    [Theory]
    [InlineData("2026-11-04 15:00", "2026-11-18", 10, true)] // exactly ten working days
    [InlineData("2026-11-05 08:00", "2026-11-18", 10, false)] // nine
    [InlineData("2026-11-04 22:59", "2026-11-18", 10, true)] // 23:59 on the 4th in Amsterdam: still the 4th
    [InlineData("2026-11-04 23:00", "2026-11-18", 10, false)] // midnight in Amsterdam: already the 5th, nine working days
    [InlineData("2026-11-20 16:00", "2026-11-23", 1, true)] // Friday afternoon to Monday: one working day
    [InlineData("2026-11-20 16:00", "2026-11-22", 1, false)] // Friday to Sunday: none
    [InlineData("2026-12-24 10:00", "2026-12-27", 1, false)] // Kerstavond to the Sunday after Christmas: none
    [InlineData("2026-12-24 10:00", "2026-12-28", 1, true)] // to the Monday after: one
    [InlineData("2026-04-24 10:00", "2026-04-28", 2, false)] // over Koningsdag on a Monday: one working day, not two
    [InlineData("2026-04-24 10:00", "2026-04-29", 2, true)]
    [InlineData("2026-11-18 08:00", "2026-11-18", 1, false)] // worked on today
    public void A_dossier_is_stalled_after_the_number_of_working_days_counted_in_Dutch_time(string lastActivityUtc, string today, int workingDays, bool stalled)
    {
        var day = DateOnly.Parse(today, CultureInfo.InvariantCulture);
        var facts = Quiet with { LastActivityAt = At(lastActivityUtc) };

        Assert.Equal(stalled, DossierFlags.For(facts, day, workingDays).HasFlag(DossierFlag.Stalled));
        Assert.Equal(stalled, facts.LastActivityAt < DossierFlags.StalledBefore(day, workingDays));
    }

    [Fact]
    public void StalledBefore_agrees_with_IsStalled_for_every_day_hour_and_setting_over_four_months()
    {
        for (var today = new DateOnly(2026, 11, 1); today <= new DateOnly(2027, 2, 28); today = today.AddDays(1))
        {
            for (var workingDays = 1; workingDays <= 12; workingDays++)
            {
                var before = DossierFlags.StalledBefore(today, workingDays);
                for (var moment = DutchTime.StartOf(today.AddDays(-25)); moment <= DutchTime.StartOf(today.AddDays(1)); moment = moment.AddMinutes(150))
                {
                    Assert.True(
                        DossierFlags.IsStalled(moment, today, workingDays) == moment < before,
                        $"last activity {moment:u}, today {today:yyyy-MM-dd}, {workingDays} working days");
                }

                // Right at the boundary: the first moment that is not stalled, and the moment before it.
                Assert.False(DossierFlags.IsStalled(before, today, workingDays));
                Assert.True(DossierFlags.IsStalled(before.AddTicks(-1), today, workingDays));
            }
        }
    }

    [Fact]
    public void The_flags_are_listed_most_urgent_first_each_once()
    {
        Assert.Equal(
            [DossierFlag.Acute, DossierFlag.DeviationAwaitingReview, DossierFlag.AwaitingCoSignature, DossierFlag.ReportDue, DossierFlag.NoActiveOwner, DossierFlag.EvaluationOverdue, DossierFlag.Stalled],
            DossierFlags.All);
        Assert.Equal(Enum.GetValues<DossierFlag>().Where(f => f != DossierFlag.None), DossierFlags.All);
    }

    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.ParseExact(utc, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
