using System.Globalization;
using Meldcode.Domain.Common;

namespace Meldcode.Domain.Organisations;

/// <summary>
/// When the organisation holds the Week tegen Kindermishandeling, and its theme: the same days every year (day and
/// month of the first and the last day), at most two weeks long. During the week every start page shows it.
/// </summary>
public sealed record CampaignWeek
{
    public const int ThemeMax = 200;

    /// <summary>The last day lies at most this many days after the first.</summary>
    public const int MaxDaysAfterStart = 14;

    /// <summary>The campaign's own texts: Monday 18 to Sunday 24 November, "… dichterbij dan je denkt".</summary>
    public static readonly CampaignWeek Default = new(18, 11, 24, 11, "… dichterbij dan je denkt");

    /// <summary>A year in which every day that exists every year exists (not a leap year: 29 February is refused).</summary>
    private const int CommonYear = 2001;

    public CampaignWeek(int startDay, int startMonth, int endDay, int endMonth, string theme)
    {
        if (!DayExists(startDay, startMonth) || !DayExists(endDay, endMonth))
        {
            throw new DomainException("Kies voor de Week tegen Kindermishandeling een begin- en einddatum die elk jaar bestaan.");
        }

        if (DaysAfterStart(startDay, startMonth, endDay, endMonth) > MaxDaysAfterStart)
        {
            throw new DomainException($"De Week tegen Kindermishandeling duurt hoogstens {MaxDaysAfterStart + 1} dagen: de laatste dag ligt hoogstens {MaxDaysAfterStart} dagen na de eerste.");
        }

        StartDay = startDay;
        StartMonth = startMonth;
        EndDay = endDay;
        EndMonth = endMonth;
        Theme = Guard.RequiredText(theme, FieldName.Singular("het thema van de week"), ThemeMax);
    }

    public int StartDay { get; }

    public int StartMonth { get; }

    public int EndDay { get; }

    public int EndMonth { get; }

    public string Theme { get; }

    /// <summary>True when the day is the first day, the last day or a day in between (a week may run into the new year).</summary>
    public bool Includes(DateOnly day)
    {
        foreach (var year in new[] { day.Year - 1, day.Year })
        {
            var (start, end) = In(year);
            if (day >= start && day <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first and last day of the week that starts in this year.</summary>
    public (DateOnly Start, DateOnly End) In(int year)
    {
        var start = new DateOnly(year, StartMonth, StartDay);
        var endsNextYear = (EndMonth, EndDay).CompareTo((StartMonth, StartDay)) < 0;
        return (start, new DateOnly(endsNextYear ? year + 1 : year, EndMonth, EndDay));
    }

    /// <summary>The dates in words: "18 november t/m 24 november".</summary>
    public string DatesInDutch()
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        return $"{new DateOnly(CommonYear, StartMonth, StartDay).ToString("d MMMM", dutch)} t/m {new DateOnly(CommonYear, EndMonth, EndDay).ToString("d MMMM", dutch)}";
    }

    /// <summary>True for a day and month that exist every year (so not 29 February).</summary>
    public static bool DayExists(int? day, int? month) =>
        day is { } d && month is { } m && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(CommonYear, m);

    /// <summary>How many days the last day lies after the first (0 to 364; a week may run into the new year). Both days must exist.</summary>
    public static int DaysAfterStart(int startDay, int startMonth, int endDay, int endMonth) =>
        (new DateOnly(CommonYear, endMonth, endDay).DayNumber - new DateOnly(CommonYear, startMonth, startDay).DayNumber + 365) % 365;
}
