using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Close the dossier with a reason; afterwards it is read-only apart from corrections.</summary>
public sealed class CloseModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return View.Permissions.HasFlag(DossierPermission.Work) ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new CloseDossierCommand(Id, Version, Reason), cancellationToken);
        return BackToDossier("gesloten");
    }
}
