using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.RecordConsultation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 2: record a consultation held outside Meldcode (colleague, aandachtsfunctionaris, Veilig Thuis, expert).</summary>
public sealed class ConsultationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public RecordConsultationCommand Command { get; set; } = null!;

    protected override DossierPermission? FormPermission => DossierPermission.Work | DossierPermission.Advise;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "consultatie", cancellationToken);

    protected override void StartForm() => Command = Command with { HeldOn = View.Today };
}
