using MediatR;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;
using Meldcode.Web.Drafts;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.StaffConcerns;

/// <summary>A staff member informs the board of a suspicion against a colleague (meldplicht).</summary>
[KeepsDrafts]
public sealed class NewModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [FromFormFields]
    public RaiseStaffConcernCommand Command { get; set; } = null!;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Command, cancellationToken);
        return this.Confirm(DetailsModel.RaisedKey, RedirectToPage("/StaffConcerns/Details", new { id }));
    }

    /// <summary>The form shows nothing but what was typed, so there is nothing to reload.</summary>
    public Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) => Task.CompletedTask;
}
