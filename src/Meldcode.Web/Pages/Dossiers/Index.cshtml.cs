using MediatR;
using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Meldcode.Web.Pages.Dossiers;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public DossierStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "stap")]
    public MeldcodeStep? Step { get; set; }

    public IReadOnlyList<DossierListItem> Dossiers { get; private set; } = [];

    public IEnumerable<SelectListItem> StatusOptions =>
        Enum.GetValues<DossierStatus>().Select(s => new SelectListItem(DutchTerms.For(s), s.ToString(), s == Status));

    public IEnumerable<SelectListItem> StepOptions =>
        Enum.GetValues<MeldcodeStep>().Select(s => new SelectListItem($"{(int)s}. {DutchTerms.For(s)}", s.ToString(), s == Step));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown filter value binds to null and simply shows everything.
        Status = Status is { } s && Enum.IsDefined(s) ? s : null;
        Step = Step is { } st && Enum.IsDefined(st) ? st : null;
        Dossiers = await mediator.Send(new GetMyDossiersQuery(Status, Step), cancellationToken);
    }
}
