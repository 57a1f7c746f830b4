using MediatR;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The dossier: where it stands, the next step, everything recorded, and the timeline.</summary>
public sealed class OverviewModel(IMediator mediator) : DossierPageModel(mediator)
{
    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Confirmations.For(Saved);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>The dossier record as a PDF download (recorded in the chronology).</summary>
    public Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken) =>
        this.DownloadAsync(Mediator, new DownloadDossierDocumentCommand(Id, DossierDocumentKind.DossierRecord), cancellationToken);
}
