using MediatR;
using Meldcode.Application.DilemmaSessions.JoinSession;
using Meldcode.Web.Filters;
using Meldcode.Web.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Live;

/// <summary>
/// Joining a dilemma session: one screen with the code (filled in when the short link or the QR code was used) and
/// one button. No account, no name.
/// </summary>
[AllowAnonymous]
public sealed class JoinModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [FromFormFields]
    public JoinSessionCommand Command { get; set; } = null!;

    /// <summary>The code from the short link (<c>/d/123456</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? LinkCode { get; set; }

    /// <summary>Set when the participant's page sent the browser back here: the session ended, or this browser never joined it.</summary>
    [BindProperty(SupportsGet = true, Name = "opnieuw")]
    public int? SentBack { get; set; }

    public string? CodeShown => Command.Code ?? LinkCode;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var joined = await mediator.Send(Command, cancellationToken);
        ParticipantCookie.Set(Response, joined.SessionId, joined.Token);
        return RedirectToPage("/Live/Session", new { id = joined.SessionId });
    }

    public Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) => Task.CompletedTask;
}
