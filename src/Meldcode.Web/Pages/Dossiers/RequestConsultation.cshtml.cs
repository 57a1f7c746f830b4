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
    [FromFormFields]
    public RequestConsultationCommand Command { get; set; } = null!;

    /// <summary>Who can be asked, the aandachtsfunctionaris of the dossier's team first.</summary>
    public IReadOnlyList<Colleague> Consultants { get; private set; } = [];

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "adviesvraag", cancellationToken);

    /// <summary>Posted from the dossier overview (hidden Version and RequestId); nothing of it is shown again, so it binds for this handler only.</summary>
    public Task<IActionResult> OnPostWithdrawAsync(WithdrawConsultationRequestCommand withdrawal, CancellationToken cancellationToken) =>
        SaveAsync(withdrawal with { DossierId = Id }, "adviesvraag-ingetrokken", cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Consultants = (await Mediator.Send(new GetColleaguesQuery(Id), cancellationToken)).Consultants;
}
