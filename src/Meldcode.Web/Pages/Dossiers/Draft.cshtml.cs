using MediatR;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Application.Dossiers.GetVeiligThuisDraft;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The draft report for Veilig Thuis: text to read and copy, and the same as a PDF.</summary>
public sealed class DraftModel(IMediator mediator) : DossierPageModel(mediator)
{
    public VeiligThuisDraft Draft { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Draft = await Mediator.Send(new GetVeiligThuisDraftQuery(Id), cancellationToken);
    }

    public async Task<IActionResult> OnPostPdfAsync(CancellationToken cancellationToken) =>
        this.Download(await Mediator.Send(new DownloadDossierDocumentCommand(Id, DossierDocumentKind.VeiligThuisDraft), cancellationToken));
}
