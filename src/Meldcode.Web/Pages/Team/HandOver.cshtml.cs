using MediatR;
using Meldcode.Application.Teams.GetHandOverChoices;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Team;

/// <summary>
/// The aandachtsfunctionaris hands over dossiers of one owner at once (typically someone who left): first the owners
/// without access who still own open dossiers in the lead's teams, then, for the owner chosen (<c>?van=</c>), their
/// open dossiers per team, each team with its own form (only a colleague of that team can take them over).
/// </summary>
public sealed class HandOverModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    /// <summary>The owner whose dossiers are shown, as given in the address (<c>?van=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "van")]
    public string? From { get; set; }

    [FromFormFields]
    public HandOverForm Form { get; set; } = null!;

    /// <summary>The confirmation a saved hand-over left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    public HandOverChoices Choices { get; private set; } = null!;

    /// <summary>After a conflict the forms show the versions as they are now, not the ones they were sent with.</summary>
    public bool AfterConflict { get; private set; }

    public bool Posted => HttpMethods.IsPost(Request.Method);

    /// <summary>Whether this team's form was the one posted (its input and messages are shown in it).</summary>
    public bool IsPosted(Guid teamId) => Posted && Form.Team == teamId;

    /// <summary>The version a dossier's form sends back: the one it was sent with, except after a conflict.</summary>
    public int VersionFor(DossierToHandOver dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Posted && !AfterConflict && Form.Versions is not null && Form.Versions.TryGetValue(dossier.DossierId, out var sent) ? sent : dossier.Version;
    }

    /// <summary>Whether the form that was posted is on the page again (else its messages go at the top).</summary>
    public bool PostedFormShown => Posted && Choices.PreviousOwner is { } owner && owner.Teams.Any(t => IsPosted(t.TeamId));

    /// <summary>A new form has every dossier ticked; a posted one keeps what was ticked.</summary>
    public bool IsTicked(Guid teamId, Guid dossierId) => !IsPosted(teamId) || (Form.Dossiers?.Contains(dossierId) ?? false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!TryReadOwner(out var owner))
        {
            return NotFound();
        }

        Choices = await mediator.Send(new GetHandOverChoicesQuery(owner), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!TryReadOwner(out var owner) || owner is null)
        {
            return NotFound();
        }

        await mediator.Send(Form.ToCommand(owner), cancellationToken);
        return this.Confirm("dossiers-overgedragen", RedirectToPage("/Team/HandOver", new { van = owner }));
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        AfterConflict = afterConflict;
        _ = TryReadOwner(out var owner);
        Choices = await mediator.Send(new GetHandOverChoicesQuery(owner), cancellationToken);
    }

    /// <summary>The owner of <c>?van=</c>: none when not given; false when it is no user id at all (then the page is not found, as for an unknown user).</summary>
    private bool TryReadOwner(out Guid? owner)
    {
        owner = null;
        if (string.IsNullOrEmpty(From))
        {
            return true;
        }

        if (!Guid.TryParse(From, out var id))
        {
            return false;
        }

        owner = id;
        return true;
    }
}
