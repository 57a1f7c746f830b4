using MediatR;
using Meldcode.Application.Dilemmas.WriteDilemma;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Dilemmas;

/// <summary>A new dilemma for the organisation's library.</summary>
public sealed class WriteModel(IMediator mediator) : PageModel
{
    [FromFormFields]
    public WriteDilemmaCommand Command { get; set; } = null!;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Command, cancellationToken);
        return this.Confirm("dilemma-geschreven", RedirectToPage("/Training/Dilemmas/Details", new { id }));
    }
}
