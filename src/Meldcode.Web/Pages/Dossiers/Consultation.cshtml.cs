using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.RecordConsultation;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 2: record a consultation held outside Meldcode (colleague, aandachtsfunctionaris, Veilig Thuis, expert).</summary>
public sealed class ConsultationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public ConsultationKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public string? WithWhom { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Advice { get; set; }

    [BindProperty]
    public string? AgreedActions { get; set; }

    [BindProperty]
    public ConsentToShare? Consent { get; set; }

    protected override DossierPermission? FormPermission => DossierPermission.Work | DossierPermission.Advise;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(new RecordConsultationCommand(Id, Version, Kind, HeldOn, WithWhom, Question, Advice, AgreedActions, Consent), "consultatie", cancellationToken);

    protected override void StartForm() => HeldOn = View.Today;
}
