using MediatR;
using Meldcode.Application.Dilemmas.BrowseDilemmas;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Meldcode.Web.Pages.Training.Dilemmas;

/// <summary>The dilemma library: built-in dilemmas and the organisation's own, filtered by a GET form.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "vorm")]
    public FormOfAbuse? Form { get; set; }

    [BindProperty(SupportsGet = true, Name = "stap")]
    public MeldcodeStep? Step { get; set; }

    [BindProperty(SupportsGet = true, Name = "sector")]
    public Sector? Sector { get; set; }

    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Text { get; set; }

    public IReadOnlyList<DilemmaListItem> Dilemmas { get; private set; } = [];

    public IEnumerable<SelectListItem> FormOptions =>
        Enum.GetValues<FormOfAbuse>().Select(f => new SelectListItem(DutchLabels.For(f), f.ToString(), f == Form));

    public IEnumerable<SelectListItem> StepOptions =>
        Enum.GetValues<MeldcodeStep>().Select(s => new SelectListItem(DutchLabels.For(s), s.ToString(), s == Step));

    public IEnumerable<SelectListItem> SectorOptions =>
        Enum.GetValues<Sector>().Select(s => new SelectListItem(DutchLabels.For(s), s.ToString(), s == Sector));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown filter value binds to null and simply shows everything; a search text is cut to its maximum.
        Form = Form is { } f && Enum.IsDefined(f) ? f : null;
        Step = Step is { } s && Enum.IsDefined(s) ? s : null;
        Sector = Sector is { } sector && Enum.IsDefined(sector) ? sector : null;
        Text = Text is { Length: > BrowseDilemmasQuery.TextMax } ? Text[..BrowseDilemmasQuery.TextMax] : Text;
        Dilemmas = await mediator.Send(new BrowseDilemmasQuery(Form, Step, Sector, Text), cancellationToken);
    }
}
