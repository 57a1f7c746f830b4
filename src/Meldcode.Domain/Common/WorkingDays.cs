namespace Meldcode.Domain.Common;

/// <summary>
/// Working days in the Netherlands: Monday to Friday, except the national holidays on which most organisations
/// close (Nieuwjaarsdag, Goede Vrijdag is not one; Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag,
/// Eerste and Tweede Kerstdag). Bevrijdingsdag (5 May) is a day off only in some collective agreements and lustrum
/// years, so it counts as a working day here.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    public static bool IsPublicHoliday(DateOnly day)
    {
        if ((day.Month, day.Day) is (1, 1) or (12, 25) or (12, 26))
        {
            return true;
        }

        if (day == KingsDay(day.Year))
        {
            return true;
        }

        var easter = EasterSunday(day.Year);
        return day == easter.AddDays(1) || day == easter.AddDays(39) || day == easter.AddDays(50);
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to is not later).</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The latest day from which <paramref name="count"/> working days have passed by <paramref name="to"/>: for every
    /// day d, <c>Between(d, to) &gt;= count</c> exactly when <c>d &lt;= Before(to, count)</c>.
    /// </summary>
    public static DateOnly Before(DateOnly to, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = to;
        var counted = 0;
        while (counted < count)
        {
            if (IsWorkingDay(day))
            {
                counted++;
            }

            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Koningsdag: 27 April, or the 26th when the 27th is a Sunday.</summary>
    private static DateOnly KingsDay(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
