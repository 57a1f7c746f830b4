using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.ReviewDecision;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Four eyes: the aandachtsfunctionaris (or the named reviewer) co-signs the decision or records disagreement with a reason.</summary>
public sealed class ReviewModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public ReviewDecisionCommand Command { get; set; } = null!;

    protected override DossierPermission? FormPermission => DossierPermission.Review;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, Command.Verdict == ReviewVerdict.Disagree ? "oneens" : "medeondertekend", cancellationToken);
}
