using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Web.Presentation;

/// <summary>The dates of a timeline entry as people read them.</summary>
public static class TimelineText
{
    /// <summary>When it was recorded, and first the day it happened when that was another day ("Gebeurd op 03-11-2026, vastgelegd op 05-11-2026 14:03").</summary>
    public static string When(ChronologyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.HappenedOnAnotherDay
            ? $"Gebeurd op {DutchTime.Date(entry.EventDate!.Value)}, vastgelegd op {DutchTime.Moment(entry.OccurredAt)}"
            : DutchTime.Moment(entry.OccurredAt);
    }
}
