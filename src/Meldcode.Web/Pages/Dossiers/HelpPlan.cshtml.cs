using MediatR;
using Meldcode.Application.Dossiers.RecordHelpPlan;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The help plan: the help that is offered or organised, by whom, and when it will be evaluated (question 5).</summary>
public sealed class HelpPlanModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public RecordHelpPlanCommand Command { get; set; } = null!;

    /// <summary>A help plan is recorded after a decision that includes help, when no help runs yet.</summary>
    public bool CanRecordHelpPlan =>
        View.CanWork && View.Dossier.Decision?.Outcome.IncludesHelp() == true && View.Dossier.ActiveHelpPlan is null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "hulp", cancellationToken);
}
