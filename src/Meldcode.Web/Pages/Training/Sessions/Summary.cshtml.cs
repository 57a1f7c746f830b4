using MediatR;
using Meldcode.Application.DilemmaSessions.DownloadSessionSummary;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Sessions;

/// <summary>What a session yielded, per decision point; downloadable as PDF and as CSV.</summary>
public sealed class SummaryModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>pdf or csv.</summary>
    [BindProperty(SupportsGet = true, Name = "formaat")]
    public SummaryFormat? Format { get; set; }

    public SessionSummary Summary { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetSessionSummaryQuery(Id), cancellationToken);

    /// <summary>A refused download (an unknown format, a session not started yet) shows the summary with the message.</summary>
    public Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var document = await mediator.Send(new DownloadSessionSummaryQuery(Id, Format), cancellationToken);
        return this.Download(document);
    }
}
