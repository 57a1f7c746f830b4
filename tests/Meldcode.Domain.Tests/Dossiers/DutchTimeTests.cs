using Meldcode.Domain.Common;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class DutchTimeTests
{
    [Fact]
    public void Late_evening_in_UTC_is_already_the_next_day_in_Amsterdam_in_winter()
    {
        var moment = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 21), DutchTime.Today(moment));
        Assert.Equal("21-11-2026", DutchTime.Date(DutchTime.Today(moment)));
        Assert.Equal("21-11-2026 00:30", DutchTime.Moment(moment));
    }

    [Fact]
    public void Just_before_midnight_in_Amsterdam_is_still_the_same_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 20), DutchTime.Today(new DateTimeOffset(2026, 11, 20, 22, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Amsterdam_is_two_hours_ahead_of_UTC_in_summer()
    {
        Assert.Equal(new DateOnly(2026, 7, 2), DutchTime.Today(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal("01-07-2026 23:30", DutchTime.Moment(new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_clock_jumps_forward_on_the_last_Sunday_of_March()
    {
        Assert.Equal("29-03-2026 01:59", DutchTime.Moment(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal("29-03-2026 03:00", DutchTime.Moment(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_moment_given_in_another_offset_is_read_in_Amsterdam()
    {
        var newYork = new DateTimeOffset(2026, 11, 20, 20, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2026, 11, 21), DutchTime.Today(newYork));
        Assert.Equal(TimeSpan.FromHours(1), DutchTime.Local(newYork).Offset);
        Assert.Equal("21-11-2026 02:00", DutchTime.Moment(newYork));
    }

    [Fact]
    public void Dates_are_written_day_month_year()
    {
        Assert.Equal("05-03-2026", DutchTime.Date(new DateOnly(2026, 3, 5)));
    }
}
