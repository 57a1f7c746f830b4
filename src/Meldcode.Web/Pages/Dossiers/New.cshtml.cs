using MediatR;
using Meldcode.Application.Dossiers.GetNewDossierChoices;
using Meldcode.Application.Dossiers.OpenClientDossier;
using Meldcode.Application.Dossiers.OpenDossier;
using Meldcode.Web.Drafts;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// Opens a dossier. In a team that does kindchecks the page first asks whom the concern is about: a child (the child's
/// form), or an adult client (the client's form with the kindcheck the dossier starts with).
/// </summary>
[KeepsDrafts]
public sealed class NewModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    public const string AboutChild = "kind";
    public const string AboutClient = "client";

    public IReadOnlyList<TeamChoice> Teams { get; private set; } = [];

    /// <summary>Whom the concern is about: <see cref="AboutChild"/>, <see cref="AboutClient"/>, or not chosen yet.</summary>
    [BindProperty(SupportsGet = true, Name = "over")]
    public string? About { get; set; }

    [FromFormFields]
    public OpenDossierCommand Command { get; set; } = null!;

    [FromFormFields]
    public OpenClientDossierCommand ClientCommand { get; set; } = null!;

    /// <summary>Whether the user may open a dossier about an adult client: in at least one of their teams the sector does kindchecks.</summary>
    public bool OffersClient => Teams.Any(t => t.DoesKindchecks);

    /// <summary>Which form the page shows: the choice first when both are possible and none was made.</summary>
    public string? Form => !OffersClient ? AboutChild : About is AboutChild or AboutClient ? About : null;

    /// <summary>The teams the shown form offers: for an adult client only those that do kindchecks.</summary>
    public IReadOnlyList<TeamChoice> TeamsForForm => Form == AboutClient ? [.. Teams.Where(t => t.DoesKindchecks)] : Teams;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadForRedisplayAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        About = AboutChild;
        var id = await mediator.Send(Command, cancellationToken);
        return this.Confirm("geopend", RedirectToPage("/Dossiers/Overview", new { id }));
    }

    public async Task<IActionResult> OnPostClientAsync(CancellationToken cancellationToken)
    {
        About = AboutClient;
        var id = await mediator.Send(ClientCommand, cancellationToken);
        return this.Confirm("geopend", RedirectToPage("/Dossiers/Overview", new { id }));
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) =>
        Teams = await mediator.Send(new GetNewDossierChoicesQuery(), cancellationToken);
}
