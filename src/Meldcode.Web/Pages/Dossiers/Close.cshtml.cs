using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.CloseDossier;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Close the dossier with a reason; afterwards it is read-only apart from corrections.</summary>
public sealed class CloseModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public CloseDossierCommand Command { get; set; } = null!;

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "gesloten", cancellationToken);
}
