using MediatR;
using Meldcode.Application.Dossiers.RecordEmergencyAction;
using Meldcode.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Acute danger on a dossier: first what to do now (112, Veilig Thuis), then record afterwards what was done.</summary>
public sealed class AcuteModel(IMediator mediator, TimeProvider clock) : DossierPageModel(mediator)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [BindProperty]
    public string? WhatWasDone { get; set; }

    [BindProperty]
    public string? WhomContacted { get; set; }

    /// <summary>The date, as read on a Dutch clock.</summary>
    [BindProperty]
    public DateOnly? OccurredOn { get; set; }

    /// <summary>The time, as read on a Dutch clock.</summary>
    [BindProperty]
    public TimeOnly? OccurredTime { get; set; }

    /// <summary>The moment the command needs: date and time read as Europe/Amsterdam local time (the validation messages are keyed by this name).</summary>
    public DateTimeOffset? OccurredAt => OccurredOn is { } date && OccurredTime is { } time ? AmsterdamMoment(date, time) : null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(new RecordEmergencyActionCommand(Id, Version, WhatWasDone, WhomContacted, OccurredAt), "acuut", cancellationToken);

    /// <summary>Now, as read on a Dutch clock.</summary>
    protected override void StartForm()
    {
        var now = DutchTime.Local(clock.GetUtcNow());
        OccurredOn = DateOnly.FromDateTime(now.DateTime);
        OccurredTime = new TimeOnly(now.Hour, now.Minute);
    }

    /// <summary>A wall-clock date and time in the Netherlands as a moment (a time skipped by the change to summer time reads as winter time).</summary>
    internal static DateTimeOffset AmsterdamMoment(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }
}
