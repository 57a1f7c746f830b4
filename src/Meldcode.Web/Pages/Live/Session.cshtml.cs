using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.CastVote;
using Meldcode.Application.DilemmaSessions.GetParticipantScreen;
using Meldcode.Application.DilemmaSessions.SendReflection;
using Meldcode.Web.Filters;
using Meldcode.Web.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Live;

/// <summary>
/// The participant's page: vote, change the vote while the round is open, send a reflection. Plain form posts; with
/// JavaScript the page also follows the session live (see wwwroot/js/live.js). The browser's token comes from its
/// cookie, never from the form.
/// </summary>
[AllowAnonymous]
public sealed class SessionModel(IMediator mediator, SessionSignals signals) : PageModel, IRedisplayablePage
{
    public const string VotedKey = "stem";
    public const string SentKey = "reactie";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [FromFormFields]
    public CastVoteCommand Vote { get; set; } = null!;

    [FromFormFields]
    public SendReflectionCommand Reflection { get; set; } = null!;

    [BindProperty(SupportsGet = true, Name = "ok")]
    public string? Done { get; set; }

    public ParticipantScreen Screen { get; private set; } = null!;

    /// <summary>The session's stage counter as it was before the page read the session (see live.js).</summary>
    public long LiveVersion { get; private set; }

    public string? Confirmation => Done switch
    {
        VotedKey => "Je stem is ontvangen. Je kunt hem veranderen tot de trainer de ronde sluit.",
        SentKey => "Je reactie is verstuurd. De trainer leest hem eerst; pas daarna is hij op het scherm te zien.",
        _ => null,
    };

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>Only the live part of the page, for the script that follows the session.</summary>
    public async Task<IActionResult> OnGetFragmentAsync(CancellationToken cancellationToken)
    {
        if (!await TryLoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Partial("_ParticipantScreen", this);
    }

    public async Task<IActionResult> OnPostVoteAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Vote with { SessionId = Id, Token = Token }, cancellationToken);
        return RedirectToPage(new { id = Id, ok = VotedKey });
    }

    public async Task<IActionResult> OnPostReflectionAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Reflection with { SessionId = Id, Token = Token }, cancellationToken);
        return RedirectToPage(new { id = Id, ok = SentKey });
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        if (!await TryLoadAsync(cancellationToken))
        {
            throw new NotFoundException("Participant", Id);
        }
    }

    private string? Token => ParticipantCookie.TokenFor(Request, Id);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken) =>
        await TryLoadAsync(cancellationToken) ? Page() : RedirectToPage("/Live/Join", new { opnieuw = 1 });

    private async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        LiveVersion = signals.StageVersion(Id);
        try
        {
            Screen = await mediator.Send(new GetParticipantScreenQuery(Id, Token), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
