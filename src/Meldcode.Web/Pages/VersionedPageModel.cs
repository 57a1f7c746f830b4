using MediatR;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages;

/// <summary>
/// Base for a page whose forms change one thing that carries a version: a dossier, a staff concern, a user, a
/// team, the organisation's settings. Every form sends back the version it was shown with, so a change made
/// meanwhile is refused as a conflict. After a refused post (see <see cref="ApplicationExceptionPageFilter"/>)
/// the page shows again what it is about, as it is now; its forms keep the version they were sent with, except
/// after a conflict: then they take the current version, so the user decides again with the current state in view.
/// </summary>
public abstract class VersionedPageModel : PageModel, IRedisplayablePage, ISubjectPage
{
    protected VersionedPageModel(IMediator mediator)
    {
        Mediator = mediator;
    }

    /// <summary>The version the forms were shown with; sent back with every change.</summary>
    [BindProperty]
    public int Version { get; set; }

    protected IMediator Mediator { get; }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        var current = await LoadSubjectAsync(cancellationToken);
        if (afterConflict)
        {
            ModelState.Remove(nameof(Version));
            Version = current;
        }

        await LoadChoicesAsync(cancellationToken);
    }

    Task ISubjectPage.CheckSubjectAsync(CancellationToken cancellationToken) => LoadSubjectAsync(cancellationToken);

    /// <summary>Loads what the page is about and returns its current version.</summary>
    protected abstract Task<int> LoadSubjectAsync(CancellationToken cancellationToken);

    /// <summary>What a form offers to choose from (colleagues, …): loaded with the form, and again when it is shown after a refused post.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sends a change, then goes where <see cref="AfterSaving"/> says.</summary>
    protected async Task<IActionResult> SaveAsync<TResponse>(IRequest<TResponse> change, string confirmationKey, CancellationToken cancellationToken)
    {
        await Mediator.Send(change, cancellationToken);
        return AfterSaving(confirmationKey);
    }

    /// <summary>Where the browser goes after a saved change: a page that shows it, with the confirmation this key names.</summary>
    protected abstract IActionResult AfterSaving(string confirmationKey);

    /// <summary>Loads what the page is about. Shown by a GET, its forms take the current version; a post keeps the version it was sent with.</summary>
    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        var current = await LoadSubjectAsync(cancellationToken);
        if (!HttpMethods.IsPost(Request.Method))
        {
            Version = current;
        }
    }
}
