using MediatR;
using Meldcode.Application.Dilemmas.EditDilemma;
using Meldcode.Application.Dilemmas.GetDilemma;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Dilemmas;

/// <summary>
/// A new version of the organisation's own dilemma. The form carries the version it was opened with; when someone
/// saved a version meanwhile, the page says so and takes the newest version (the typed text stays, to save again on purpose).
/// </summary>
public sealed class EditModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [FromFormFields]
    public EditDilemmaCommand Command { get; set; } = null!;

    public DilemmaDetails Dilemma { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Dilemma = await mediator.Send(new GetDilemmaQuery(Id), cancellationToken);
        if (!Dilemma.CanEdit)
        {
            return Forbid();
        }

        Command = EditDilemmaCommand.For(Id, Dilemma.VersionNumber, Dilemma.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Command with { DilemmaId = Id }, cancellationToken);
        return this.Confirm("dilemma-bewerkt", RedirectToPage("/Training/Dilemmas/Details", new { id = Id }));
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        Dilemma = await mediator.Send(new GetDilemmaQuery(Id), cancellationToken);
        if (afterConflict)
        {
            ModelState.Remove(nameof(EditDilemmaCommand.ExpectedVersion));
            Command = Command with { ExpectedVersion = Dilemma.LatestVersion };
        }
    }
}
