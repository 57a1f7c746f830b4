using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AnswerConsultationRequest;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Pages.Dossiers;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Consultations;

/// <summary>A consulted colleague reads the dossier (read-only) and gives their advice; after that their access ends.</summary>
public sealed class AnswerModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty(SupportsGet = true, Name = "request")]
    public Guid RequestId { get; set; }

    [FromFormFields]
    public AnswerConsultationRequestCommand Command { get; set; } = null!;

    /// <summary>The open request addressed to the viewer; null when it is not (or no longer) theirs to answer.</summary>
    public ConsultationRequest? AskedRequest =>
        View.Dossier.ConsultationRequests.FirstOrDefault(r => r.Id == RequestId && r.IsOpen && r.ConsultantId == View.ViewerId);

    /// <summary>Whether the viewer reads the dossier only because of this request (and not also as owner, collaborator or aandachtsfunctionaris).</summary>
    public bool AccessEndsWithAnswer => !View.Permissions.HasFlag(DossierPermission.Work) && !View.Permissions.HasFlag(DossierPermission.Advise);

    protected override bool FormSubjectExists => AskedRequest is not null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id, RequestId = RequestId }, IndexModel.AnsweredKey, cancellationToken);

    /// <summary>The advice given, the request is done: back to the requests still open, which confirms it (the dossier may be out of reach now).</summary>
    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Consultations/Index"));
}
