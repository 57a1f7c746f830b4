using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.GetColleagues;
using Meldcode.Application.Dossiers.RequestConsultation;
using Meldcode.Application.Dossiers.WithdrawConsultationRequest;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 2 inside Meldcode: ask a colleague (the team's aandachtsfunctionaris first) for advice, or withdraw such a request.</summary>
public sealed class RequestConsultationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public Guid? ConsultantId { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    /// <summary>Who can be asked, the aandachtsfunctionaris of the dossier's team first.</summary>
    public IReadOnlyList<Colleague> Consultants { get; private set; } = [];

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(new RequestConsultationCommand(Id, Version, ConsultantId, Question), "adviesvraag", cancellationToken);

    /// <summary>Posted from the dossier overview (hidden Version and RequestId).</summary>
    public Task<IActionResult> OnPostWithdrawAsync(Guid requestId, CancellationToken cancellationToken) =>
        SaveAsync(new WithdrawConsultationRequestCommand(Id, Version, requestId), "adviesvraag-ingetrokken", cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Consultants = (await Mediator.Send(new GetColleaguesQuery(Id), cancellationToken)).Consultants;
}
