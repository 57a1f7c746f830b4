using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Web.Drafts;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// Base for every page about one dossier: binds the dossier id from the route, loads the dossier view (access is
/// checked in the Application layer), shows a form only to whom it is for and only about something of this
/// dossier, and after a saved change goes back to the dossier's overview. Its form keeps what the user types as a
/// draft (see <see cref="FormDraftPageFilter"/>).
/// </summary>
[KeepsDrafts]
public abstract class DossierPageModel : VersionedPageModel
{
    protected DossierPageModel(IMediator mediator)
        : base(mediator)
    {
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DossierView View { get; private set; } = null!;

    /// <summary>Who may use the page's form (anyone else gets 403); null when the page shows every reader what they may do, or why not.</summary>
    protected virtual DossierPermission? FormPermission => null;

    /// <summary>What a draft of the page's form needs: what the form needs (see <see cref="FormDraftPageFilter"/>).</summary>
    internal DossierPermission? DraftPermission => FormPermission;

    /// <summary>Whether what the form is about (an entry, a report, a request) belongs to this dossier; when it does not, the page answers 404.</summary>
    protected virtual bool FormSubjectExists => true;

    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new GetDossierQuery(Id), cancellationToken);
        return View.Version;
    }

    /// <summary>What a new form starts with (today's date, the user's name, …).</summary>
    protected virtual void StartForm()
    {
    }

    /// <summary>A GET of a form page: the new form, or the 404 or 403 to answer with instead (see <see cref="LoadFormAsync"/>).</summary>
    protected async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        // A form filled with the user's draft ("Zet terug") shows the draft as it was, not a new form's defaults.
        if (!RestoredDraft.IsRestoring(HttpContext))
        {
            StartForm();
        }

        return Page();
    }

    /// <summary>
    /// Loads the dossier and what the form offers. Returns null when the form is about something of this dossier
    /// and the reader may use it, otherwise the 404 or 403 to answer with (the Application layer refuses a post
    /// itself either way; this keeps a reader from being shown a form they cannot send).
    /// </summary>
    protected async Task<IActionResult?> LoadFormAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!FormSubjectExists)
        {
            return NotFound();
        }

        if (FormPermission is { } required && !View.Permissions.Satisfies(required))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadChoicesAsync(cancellationToken);
        return null;
    }

    /// <summary>After a saved change: back to the dossier overview, which confirms what was saved (see Presentation/Confirmations.cs).</summary>
    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Dossiers/Overview", new { id = Id }));
}
