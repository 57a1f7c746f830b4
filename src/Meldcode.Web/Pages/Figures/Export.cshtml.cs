using MediatR;
using Meldcode.Application.Figures.ExportFigures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Figures;

/// <summary>
/// The figures as a CSV download, with the page's filter. A filter that cannot be used (a date that is no date, a period
/// too long) sends the user to the figures page with the same filter, which says what to change.
/// </summary>
public sealed class ExportModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "van")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "locatie")]
    public string? Location { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (new FiguresFilter(From, To, Location).Read(ModelState) is not { } filter)
        {
            return BackToTheFigures();
        }

        try
        {
            return this.Download(await mediator.Send(new ExportFiguresQuery(filter.From, filter.To, filter.TeamId), cancellationToken));
        }
        catch (FluentValidation.ValidationException)
        {
            return BackToTheFigures();
        }
    }

    private RedirectToPageResult BackToTheFigures() => RedirectToPage("/Figures/Index", new { van = From, tot = To, locatie = Location });
}
