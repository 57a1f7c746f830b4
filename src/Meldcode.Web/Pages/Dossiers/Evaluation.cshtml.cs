using MediatR;
using Meldcode.Application.Dossiers.EvaluateHelpPlan;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The evaluation of the help: question 5 of the afwegingskader.</summary>
public sealed class EvaluationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public EvaluateHelpPlanCommand Command { get; set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "evaluatie", cancellationToken);
}
