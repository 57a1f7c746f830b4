using System.Globalization;

namespace Meldcode.Domain.Common;

/// <summary>Dates and times as people in the Netherlands read them (Europe/Amsterdam), whatever the server's zone.</summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Local(now).DateTime);

    /// <summary>The moment a Dutch calendar day begins (midnight in Amsterdam, summer or winter time).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset moment) => Local(moment).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment inside a sentence: "op 05-12-2026 om 14:32".</summary>
    public static string OnDateAtTime(DateTimeOffset moment)
    {
        var local = Local(moment);
        return string.Create(CultureInfo.InvariantCulture, $"op {local:dd-MM-yyyy} om {local:HH:mm}");
    }
}
