using System.Globalization;
using MediatR;
using Meldcode.Application.Figures.GetFigureLocations;
using Meldcode.Application.Figures.GetFigures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Meldcode.Web.Pages.Figures;

/// <summary>"Cijfers": counts per location and period for the board and the aandachtsfunctionaris, filtered in the query string.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "van")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "locatie")]
    public string? Location { get; set; }

    public IReadOnlyList<FigureLocation> Locations { get; private set; } = [];

    /// <summary>The figures; null when the filter could not be read (the messages are on the form).</summary>
    public FiguresReport? Figures { get; private set; }

    public IEnumerable<SelectListItem> LocationOptions =>
        Locations.Select(l => new SelectListItem(l.Name, l.TeamId.ToString(), string.Equals(l.TeamId.ToString(), Location?.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>The date in a field: as typed after a refusal, otherwise the period the figures are about.</summary>
    public string FieldValue(string? typed, Func<FiguresReport, DateOnly> shown) =>
        Figures is null ? typed ?? string.Empty : shown(Figures).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Locations = await mediator.Send(new GetFigureLocationsQuery(), cancellationToken);
        if (new FiguresFilter(From, To, Location).Read(ModelState) is not { } filter)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return;
        }

        Figures = await mediator.Send(new GetFiguresQuery(filter.From, filter.To, filter.TeamId), cancellationToken);
    }

    /// <summary>The CSV download of exactly the figures shown.</summary>
    public string? ExportLink() => Figures is not { } figures
        ? null
        : Url.Page("/Figures/Export", new
        {
            van = figures.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tot = figures.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            locatie = figures.TeamId,
        });
}
