using MediatR;
using Meldcode.Application.Retention.GetRetentionOverview;
using Meldcode.Application.Retention.LiftLegalHoldByNumber;
using Meldcode.Application.Retention.PlaceLegalHoldByNumber;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Privacy;

/// <summary>
/// Bewaren en verwijderen: the terms, the dossiers under a legal hold and the deletion records, for the privacy officer
/// and the functioneel beheerder. The privacy officer places or lifts a hold by dossier number, without seeing the dossier.
/// </summary>
public sealed class RetentionModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    /// <summary>The form for placing a hold (fields Number, Reason).</summary>
    [FromFormFields]
    public PlaceLegalHoldByNumberCommand Place { get; set; } = null!;

    /// <summary>The form for lifting a hold (fields LiftNumber, LiftReason are mapped in the handler).</summary>
    [BindProperty]
    public string? LiftNumber { get; set; }

    [BindProperty]
    public string? LiftReason { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public RetentionOverview Overview { get; private set; } = null!;

    public bool LiftPosted => HttpMethods.IsPost(Request.Method) && Request.Query["handler"].ToString() == "Opheffen";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadForRedisplayAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostPlaatsenAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Place, cancellationToken);
        Saved = "De bewaarplicht staat op het dossier. Het wordt niet verwijderd tot de bewaarplicht is opgeheven.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOpheffenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new LiftLegalHoldByNumberCommand(LiftNumber, LiftReason), cancellationToken);
        }
        catch (FluentValidation.ValidationException refused)
        {
            // The lift form's fields carry their own names, so their messages show with them.
            throw new FluentValidation.ValidationException(refused.Errors.Select(e =>
                new FluentValidation.Results.ValidationFailure(e.PropertyName switch
                {
                    nameof(LiftLegalHoldByNumberCommand.Number) => nameof(LiftNumber),
                    nameof(LiftLegalHoldByNumberCommand.Reason) => nameof(LiftReason),
                    _ => e.PropertyName,
                }, e.ErrorMessage)));
        }

        Saved = "De bewaarplicht is opgeheven. Het dossier volgt weer de bewaartermijn.";
        return RedirectToPage();
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) =>
        Overview = await mediator.Send(new GetRetentionOverviewQuery(), cancellationToken);
}
