using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// Base for every page about one dossier: binds the dossier id from the route and the version the
/// form was rendered with, loads the dossier view (access is checked in the Application layer), and
/// shows the form again with the current state after a refused post.
/// </summary>
public abstract class DossierPageModel : PageModel, IRedisplayablePage
{
    protected DossierPageModel(IMediator mediator)
    {
        Mediator = mediator;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The dossier version the form was rendered with; sent back with every change.</summary>
    [BindProperty]
    public int Version { get; set; }

    public DossierView View { get; private set; } = null!;

    protected IMediator Mediator { get; }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (afterConflict)
        {
            ModelState.Remove(nameof(Version));
            Version = View.Version;
        }

        await LoadChoicesAsync(cancellationToken);
    }

    /// <summary>What a form offers to choose from (colleagues, …), loaded with the form and again when it is shown after a refused post.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new GetDossierQuery(Id), cancellationToken);
        if (!HttpMethods.IsPost(Request.Method))
        {
            Version = View.Version;
        }
    }

    /// <summary>
    /// Loads the dossier for a form that needs one of the given permissions. Returns null when the
    /// reader may use the form, otherwise the 403 to answer with (the Application layer refuses the
    /// post itself either way; this keeps a reader from being shown a form they cannot send).
    /// </summary>
    protected async Task<IActionResult?> LoadFormAsync(DossierPermission required, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!View.Permissions.Satisfies(required))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadChoicesAsync(cancellationToken);
        return null;
    }

    /// <summary>After a successful change: back to the dossier overview, which confirms what was saved (see Presentation/Confirmations.cs).</summary>
    protected IActionResult BackToDossier(string confirmationKey) =>
        RedirectToPage("/Dossiers/Overview", new { id = Id, opgeslagen = confirmationKey });
}
