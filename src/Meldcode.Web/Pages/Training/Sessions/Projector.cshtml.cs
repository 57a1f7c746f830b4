using MediatR;
using Meldcode.Application.DilemmaSessions.GetSessionScreen;
using Meldcode.Web.Live;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Meldcode.Web.Pages.Training.Sessions;

/// <summary>
/// The projector: large type, high contrast, no controls. It shows how to join (code, short link, QR code), the
/// dilemma and its question, how many voted (not what) while a vote is open, the results once closed, the timer,
/// the shift, what the meldcode says, and the reflections the trainer approved.
/// </summary>
public sealed class ProjectorModel(IMediator mediator, SessionSignals signals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SessionScreen Screen { get; private set; } = null!;

    /// <summary>The session's counter as it was before the page read the session (see live.js).</summary>
    public long LiveVersion { get; private set; }

    /// <summary>The short link participants type or scan, without the scheme, e.g. <c>meldcode.example.nl/d/123456</c>.</summary>
    public string ShortLinkText => $"{Request.Host}/d/{Screen.JoinCode}";

    public string ShortLink => $"{Request.Scheme}://{ShortLinkText}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        LiveVersion = signals.CountsVersion(Id);
        Screen = await mediator.Send(new GetSessionScreenQuery(Id), cancellationToken);
    }

    public async Task<IActionResult> OnGetFragmentAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Partial("_Projector", this);
    }

    /// <summary>The QR code of the short link, as a PNG.</summary>
    public async Task<IActionResult> OnGetQrAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (Screen.JoinCode is null)
        {
            return NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(ShortLink, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(12);
        Response.Headers.CacheControl = "no-store";
        return File(png, "image/png");
    }
}
