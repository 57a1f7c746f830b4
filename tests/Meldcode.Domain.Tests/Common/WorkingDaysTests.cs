using Meldcode.Domain.Common;

namespace Meldcode.Domain.Tests.Common;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-21")] // Saturday
    [InlineData("2026-11-22")] // Sunday
    [InlineData("2027-01-02")] // Saturday
    [InlineData("2027-01-03")] // Sunday
    public void Saturdays_and_Sundays_are_not_working_days(string day)
    {
        Assert.False(WorkingDays.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static TheoryData<string, string> PublicHolidays() => new()
    {
        { "2024-01-01", "Nieuwjaarsdag" }, { "2024-04-01", "Tweede Paasdag" }, { "2024-04-27", "Koningsdag (zaterdag)" }, { "2024-05-09", "Hemelvaartsdag" },
        { "2024-05-20", "Tweede Pinksterdag" }, { "2024-12-25", "Eerste Kerstdag" }, { "2024-12-26", "Tweede Kerstdag" },
        { "2025-01-01", "Nieuwjaarsdag" }, { "2025-04-21", "Tweede Paasdag" }, { "2025-04-26", "Koningsdag (27 april is een zondag)" }, { "2025-05-29", "Hemelvaartsdag" },
        { "2025-06-09", "Tweede Pinksterdag" }, { "2025-12-25", "Eerste Kerstdag" }, { "2025-12-26", "Tweede Kerstdag" },
        { "2026-01-01", "Nieuwjaarsdag" }, { "2026-04-06", "Tweede Paasdag" }, { "2026-04-27", "Koningsdag" }, { "2026-05-14", "Hemelvaartsdag" },
        { "2026-05-25", "Tweede Pinksterdag" }, { "2026-12-25", "Eerste Kerstdag" }, { "2026-12-26", "Tweede Kerstdag" },
        { "2027-01-01", "Nieuwjaarsdag" }, { "2027-03-29", "Tweede Paasdag" }, { "2027-04-27", "Koningsdag" }, { "2027-05-06", "Hemelvaartsdag" },
        { "2027-05-17", "Tweede Pinksterdag" }, { "2027-12-25", "Eerste Kerstdag" }, { "2027-12-26", "Tweede Kerstdag" },
        { "2031-04-26", "Koningsdag (27 april is een zondag)" },
    };

    [Theory]
    [MemberData(nameof(PublicHolidays))]
    public void Each_Dutch_public_holiday_is_not_a_working_day(string day, string holiday)
    {
        var date = Day(day);

        Assert.True(WorkingDays.IsPublicHoliday(date), holiday);
        Assert.False(WorkingDays.IsWorkingDay(date), holiday);
    }

    [Theory]
    [InlineData("2025-04-27")] // the Sunday Koningsdag moved away from
    [InlineData("2026-04-03")] // Goede Vrijdag
    [InlineData("2026-05-05")] // Bevrijdingsdag (a Tuesday): a day off only in some agreements
    [InlineData("2026-04-28")] // the day after Koningsdag
    [InlineData("2026-12-24")] // Kerstavond
    [InlineData("2026-12-31")] // Oudjaarsdag
    public void Days_that_are_not_national_days_off_are_working_days_in_the_week(string day)
    {
        Assert.False(WorkingDays.IsPublicHoliday(Day(day)));
        Assert.Equal(Day(day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), WorkingDays.IsWorkingDay(Day(day)));
    }

    [Theory]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_Sunday_is_computed_for_any_year(int year, string easter)
    {
        Assert.Equal(Day(easter), WorkingDays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2026-11-18", "2026-11-18", 0)] // the same day
    [InlineData("2026-11-18", "2026-11-17", 0)] // to before from
    [InlineData("2026-11-18", "2026-11-19", 1)]
    [InlineData("2026-11-20", "2026-11-22", 0)] // Friday to Sunday: the weekend
    [InlineData("2026-11-20", "2026-11-23", 1)] // Friday to Monday
    [InlineData("2026-11-04", "2026-11-18", 10)] // two weeks
    [InlineData("2026-12-24", "2026-12-28", 1)] // over Christmas
    [InlineData("2026-12-23", "2027-01-04", 6)] // the Christmas holidays: 24, 28, 29, 30, 31 December and 4 January
    [InlineData("2026-04-24", "2026-04-28", 1)] // over Koningsdag on a Monday
    [InlineData("2026-04-02", "2026-04-07", 2)] // Goede Vrijdag counts, Tweede Paasdag does not
    public void Between_counts_the_working_days_after_the_first_day_up_to_and_including_the_last(string from, string to, int expected)
    {
        Assert.Equal(expected, WorkingDays.Between(Day(from), Day(to)));
    }

    [Theory]
    [InlineData("2026-11-18", 0, "2026-11-18")]
    [InlineData("2026-11-18", 1, "2026-11-17")]
    [InlineData("2026-11-23", 1, "2026-11-22")] // Monday: any day of the weekend before, or Friday, is one working day back
    [InlineData("2026-11-18", 10, "2026-11-04")]
    [InlineData("2026-12-28", 1, "2026-12-27")]
    [InlineData("2026-12-28", 2, "2026-12-23")] // Christmas and the weekend do not count
    public void Before_is_the_latest_day_from_which_the_working_days_have_passed(string to, int count, string expected)
    {
        Assert.Equal(Day(expected), WorkingDays.Before(Day(to), count));
    }

    [Fact]
    public void Between_and_Before_agree_for_every_pair_of_days_over_half_a_year()
    {
        // November to June: Christmas, New Year, Easter, Koningsdag, Ascension and Whit Monday on the way.
        for (var to = Day("2026-11-01"); to <= Day("2027-06-01"); to = to.AddDays(1))
        {
            for (var count = 0; count <= 12; count++)
            {
                var before = WorkingDays.Before(to, count);
                // A day after 'to' too, except for zero working days, which every day up to 'to' has passed and a later one has not.
                for (var from = to.AddDays(-30); from <= to.AddDays(count == 0 ? 0 : 1); from = from.AddDays(1))
                {
                    Assert.True(
                        WorkingDays.Between(from, to) >= count == from <= before,
                        $"from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, {count} working days: Between {WorkingDays.Between(from, to)}, Before {before:yyyy-MM-dd}");
                }
            }
        }
    }

    [Fact]
    public void A_negative_number_of_working_days_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Before(Day("2026-11-18"), -1));
    }

    private static DateOnly Day(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
