using MediatR;
using Meldcode.Application.Dossiers.GetNewDossierChoices;
using Meldcode.Application.Dossiers.OpenDossier;
using Meldcode.Web.Drafts;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Dossiers;

[KeepsDrafts]
public sealed class NewModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    public IReadOnlyList<TeamChoice> Teams { get; private set; } = [];

    [FromFormFields]
    public OpenDossierCommand Command { get; set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadForRedisplayAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Command, cancellationToken);
        return this.Confirm("geopend", RedirectToPage("/Dossiers/Overview", new { id }));
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) =>
        Teams = await mediator.Send(new GetNewDossierChoicesQuery(), cancellationToken);
}
