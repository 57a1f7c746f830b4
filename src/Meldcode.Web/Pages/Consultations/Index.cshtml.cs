using MediatR;
using Meldcode.Application.Dossiers.GetConsultationInbox;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Consultations;

/// <summary>The requests for advice addressed to the user that are still open.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>The key of the confirmation to show after answering (a fixed text; nothing from the request is echoed).</summary>
    public const string AnsweredKey = "advies";

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => string.Equals(Saved, AnsweredKey, StringComparison.Ordinal)
        ? "Je advies staat nu in het dossier. De adviesvraag is afgerond."
        : null;

    public IReadOnlyList<ConsultationInboxItem> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await mediator.Send(new GetConsultationInboxQuery(), cancellationToken);
}
