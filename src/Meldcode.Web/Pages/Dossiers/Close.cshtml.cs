using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.CloseDossier;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Close the dossier with a reason; afterwards it is read-only apart from corrections.</summary>
public sealed class CloseModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        return await LoadFormAsync(DossierPermission.Work, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new CloseDossierCommand(Id, Version, Reason), cancellationToken);
        return BackToDossier("gesloten");
    }
}
