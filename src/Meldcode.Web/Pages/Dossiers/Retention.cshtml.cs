using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.DecideDestructionRequest;
using Meldcode.Application.Dossiers.GetDossierRetention;
using Meldcode.Application.Dossiers.LiftLegalHold;
using Meldcode.Application.Dossiers.PlaceLegalHold;
using Meldcode.Application.Dossiers.RecordDestructionRequest;
using Meldcode.Domain.Common;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// Bewaren: the dossier's term and when it ends, its legal hold, and a request for early destruction. Every reader sees
/// them; the aandachtsfunctionaris of the dossier's team places or lifts the hold and records and decides a request.
/// Each form has its own handler; only one hold form and one request form show at a time, so their fields do not clash.
/// </summary>
public sealed class RetentionModel(IMediator mediator, TimeProvider clock) : DossierPageModel(mediator)
{
    [FromFormFields]
    public PlaceLegalHoldCommand Place { get; set; } = null!;

    [FromFormFields]
    public LiftLegalHoldCommand Lift { get; set; } = null!;

    [FromFormFields]
    public RecordDestructionRequestCommand NewRequest { get; set; } = null!;

    [FromFormFields]
    public DecideDestructionRequestCommand Decide { get; set; } = null!;

    public DossierRetentionView Retention { get; private set; } = null!;

    /// <summary>True when a request form (record or decide) was posted: its messages show with it, not with the hold's form.</summary>
    public bool RequestPosted => HttpMethods.IsPost(Request.Method) && Request.Query["handler"].ToString() is "Verzoek" or "Besluit";

    public bool HoldPosted => HttpMethods.IsPost(Request.Method) && !RequestPosted;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostPlaatsenAsync(CancellationToken cancellationToken) =>
        await LoadFormAsync(cancellationToken) ?? await SaveAsync(Place with { DossierId = Id, Version = Version }, "bewaarplicht", cancellationToken);

    public async Task<IActionResult> OnPostOpheffenAsync(CancellationToken cancellationToken) =>
        await LoadFormAsync(cancellationToken) ?? await SaveAsync(Lift with { DossierId = Id, Version = Version }, "bewaarplicht-opgeheven", cancellationToken);

    public async Task<IActionResult> OnPostVerzoekAsync(CancellationToken cancellationToken) =>
        await LoadFormAsync(cancellationToken) ?? await SaveAsync(NewRequest with { DossierId = Id, Version = Version }, "vernietigingsverzoek", cancellationToken);

    public async Task<IActionResult> OnPostBesluitAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var decision = await Mediator.Send(Decide with { DossierId = Id, Version = Version }, cancellationToken);
        return decision == DestructionDecision.Destroyed
            ? this.Confirm("vernietigd", RedirectToPage("/Dossiers/Index"))
            : AfterSaving("vernietiging-afgewezen");
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Retention = await Mediator.Send(new GetDossierRetentionQuery(Id), cancellationToken);

    protected override void StartForm() => NewRequest = NewRequest with { ReceivedOn = DutchTime.Today(clock.GetUtcNow()) };

    /// <summary>The forms are the aandachtsfunctionaris's; a post by anyone else is refused (the Application layer refuses it too).</summary>
    protected override DossierPermission? FormPermission => HttpMethods.IsPost(Request.Method) ? DossierPermission.Retain : null;
}
