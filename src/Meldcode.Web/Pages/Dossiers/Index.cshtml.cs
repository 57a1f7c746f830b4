using System.Globalization;
using MediatR;
using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>"Mijn dossiers": one page of the list, filtered by status and step and searched by number or name (all in the query string).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public DossierStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "stap")]
    public MeldcodeStep? Step { get; set; }

    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Search { get; set; }

    /// <summary>The page asked for, as typed in the link: anything but a whole number shows the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public string? RequestedPage { get; set; }

    public DossierListPage? Dossiers { get; private set; }

    /// <summary>The confirmation a change left for this page (a dossier destroyed on request); read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Confirmations.For(Saved);

    /// <summary>Said when the page asked for does not exist and another is shown instead.</summary>
    public string? PageNotice { get; private set; }

    public bool IsFiltered => Status is not null || Step is not null || !string.IsNullOrWhiteSpace(Search);

    public IEnumerable<SelectListItem> StatusOptions =>
        Enum.GetValues<DossierStatus>().Select(s => new SelectListItem(DutchTerms.For(s), s.ToString(), s == Status));

    public IEnumerable<SelectListItem> StepOptions =>
        Enum.GetValues<MeldcodeStep>().Select(s => new SelectListItem($"{(int)s}. {DutchTerms.For(s)}", s.ToString(), s == Step));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown filter value binds to null and simply shows everything.
        Status = Status is { } s && Enum.IsDefined(s) ? s : null;
        Step = Step is { } st && Enum.IsDefined(st) ? st : null;
        ModelState.Remove("status");
        ModelState.Remove("stap");
        var requested = int.TryParse(RequestedPage, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        Dossiers = await mediator.Send(new GetMyDossiersQuery(Status, Step, Search, requested ?? 1), cancellationToken);
        if (!string.IsNullOrWhiteSpace(RequestedPage) && requested != Dossiers.Page)
        {
            PageNotice = Dossiers.TotalCount == 0
                ? null
                : $"Pagina {RequestedPage} bestaat niet. Je ziet pagina {Dossiers.Page} van {Dossiers.PageCount}.";
        }
    }

    /// <summary>The link to another page of the same list (same filters and search).</summary>
    public string? PageLink(int page) =>
        Url.Page("/Dossiers/Index", new { status = Status, stap = Step, zoek = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), pagina = page == 1 ? (int?)null : page });
}
