using MediatR;
using Meldcode.Application.Dilemmas.DuplicateDilemma;
using Meldcode.Application.Dilemmas.GetDilemma;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Dilemmas;

/// <summary>One version of a dilemma, with its version picker; duplicate it, or edit the organisation's own.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "versie")]
    public int? Version { get; set; }

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Confirmations.For(Saved);

    public DilemmaDetails Dilemma { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dilemma = await mediator.Send(new GetDilemmaQuery(Id, Version), cancellationToken);

    public async Task<IActionResult> OnPostDuplicateAsync(CancellationToken cancellationToken)
    {
        var copy = await mediator.Send(new DuplicateDilemmaCommand(Id), cancellationToken);
        return this.Confirm("dilemma-gekopieerd", RedirectToPage("/Training/Dilemmas/Details", new { id = copy }));
    }
}
