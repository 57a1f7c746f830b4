using MediatR;
using Meldcode.Application.Dossiers.EvaluateHelpPlan;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The evaluation of the help: question 5 of the afwegingskader.</summary>
public sealed class EvaluationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public bool? HelpBringsLastingSafety { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public string? MonitoringAgreements { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(new EvaluateHelpPlanCommand(Id, Version, HelpBringsLastingSafety, Rationale, MonitoringAgreements), "evaluatie", cancellationToken);
}
