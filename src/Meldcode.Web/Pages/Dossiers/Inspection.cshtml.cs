using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.RecordInspectionRequest;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Requests to see the file (inzageverzoeken): the list with deadlines, and the form to record a new one. The team's aandachtsfunctionaris only.</summary>
public sealed class InspectionModel(IMediator mediator) : DossierPageModel(mediator)
{
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Confirmations.For(Saved);

    [FromFormFields]
    public RecordInspectionRequestCommand Command { get; set; } = null!;

    protected override DossierPermission? FormPermission => DossierPermission.AnswerInspection;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await Mediator.Send(Command with { DossierId = Id }, cancellationToken);
        return this.Confirm("inzage-vastgelegd", RedirectToPage("/Dossiers/InspectionRequest", new { id = Id, request = id }));
    }

    protected override void StartForm() => Command = Command with { ReceivedOn = View.Today };
}
