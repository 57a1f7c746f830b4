using MediatR;
using Meldcode.Application.DilemmaSessions.AdvanceSession;
using Meldcode.Application.DilemmaSessions.DecideReflection;
using Meldcode.Application.DilemmaSessions.EndSession;
using Meldcode.Application.DilemmaSessions.GetSessionScreen;
using Meldcode.Application.DilemmaSessions.StartSession;
using Meldcode.Web.Filters;
using Meldcode.Web.Live;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Sessions;

/// <summary>
/// The trainer's control of a live session, made for a phone: start, one button to move on, the counts, the reflections
/// to approve, and ending. With JavaScript it follows the session live; without it, every button is a plain form post.
/// </summary>
public sealed class ControlModel(IMediator mediator, SessionSignals signals) : PageModel, IRedisplayablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [FromFormFields]
    public AdvanceSessionCommand Advance { get; set; } = null!;

    /// <summary>The reflection the trainer decides on (posted with the approve or reject button).</summary>
    [BindProperty]
    public Guid ReflectionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "bericht")]
    public string? Message { get; set; }

    public SessionScreen Screen { get; private set; } = null!;

    /// <summary>The session's counter as it was before the page read the session (see live.js).</summary>
    public long LiveVersion { get; private set; }

    public string? Notice => Message switch
    {
        "voorbij" => "Het scherm liep achter: de sessie was al verder. Je ziet nu waar de sessie is.",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetFragmentAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Partial("_Control", this);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new StartSessionCommand(Id), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostAdvanceAsync(CancellationToken cancellationToken)
    {
        var moved = await mediator.Send(Advance with { SessionId = Id }, cancellationToken);
        return RedirectToPage(new { id = Id, bericht = moved ? null : "voorbij" });
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideReflectionCommand(Id, ReflectionId, Approve: true), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideReflectionCommand(Id, ReflectionId, Approve: false), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EndSessionCommand(Id), cancellationToken);
        return RedirectToPage("/Training/Sessions/Summary", new { id = Id });
    }

    public Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        LiveVersion = signals.CountsVersion(Id);
        Screen = await mediator.Send(new GetSessionScreenQuery(Id), cancellationToken);
    }
}
