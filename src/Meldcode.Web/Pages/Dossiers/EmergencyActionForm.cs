using Meldcode.Application.Dossiers.RecordEmergencyAction;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// The form of the acute-danger page: the date and the time apart, as read on a Dutch clock. The command takes
/// the moment they make, so its validation messages are keyed <c>OccurredAt</c> (shown under both fields).
/// </summary>
public sealed record EmergencyActionForm(string? WhatWasDone, string? WhomContacted, DateOnly? OccurredOn, TimeOnly? OccurredTime) : IFormOf<RecordEmergencyActionCommand>
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public RecordEmergencyActionCommand ToCommand(Guid dossierId, int version) =>
        new(dossierId, version, WhatWasDone, WhomContacted, OccurredOn is { } date && OccurredTime is { } time ? AmsterdamMoment(date, time) : null);

    /// <summary>A wall-clock date and time in the Netherlands as a moment (a time skipped by the change to summer time reads as winter time).</summary>
    private static DateTimeOffset AmsterdamMoment(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }
}
