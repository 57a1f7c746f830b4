using Meldcode.Application.Common.Documents;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.Documents;

namespace Meldcode.Application.Dossiers.DownloadDossierDocument;

/// <summary>
/// Downloads a dossier document as a PDF. Everyone who may read the dossier may download it; each
/// download is written to the chronology (who, when, which document, its identifier), and the PDF
/// itself already contains that entry.
/// </summary>
[AccessLogged(AccessAction.Export)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record DownloadDossierDocumentCommand(Guid DossierId, DossierDocumentKind Document) : IRequest<ExportedDocument>, IDossierRequest, IDescribesAccessPart
{
    public string AccessPart => Document switch
    {
        DossierDocumentKind.DossierRecord => "Dossierverslag (pdf)",
        DossierDocumentKind.VeiligThuisDraft => "Concept melding Veilig Thuis (pdf)",
        _ => Document.ToString(),
    };
}

public sealed class DownloadDossierDocumentCommandHandler(IApplicationDbContext context, CurrentUserContext users, IDocumentRenderer renderer, TimeProvider clock)
    : IRequestHandler<DownloadDossierDocumentCommand, ExportedDocument>
{
    public async Task<ExportedDocument> Handle(DownloadDossierDocumentCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var dossier = await DossierWorkspace.LoadAsync(context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var header = await DossierHeader.ReadAsync(context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var source = DossierDocumentSource.Of(dossier, header, user.Actor, clock.GetUtcNow());
        (string Title, string FileName, Func<DossierDocumentSource, PrintableDocument> Compose) kind = request.Document switch
        {
            DossierDocumentKind.DossierRecord => (DossierRecordDocument.Title, $"dossierverslag-{dossier.Number}.pdf", s => DossierRecordDocument.Compose(s)),
            DossierDocumentKind.VeiligThuisDraft => (VeiligThuisDraftDocument.Title, $"concept-melding-{dossier.Number}.pdf", VeiligThuisDraftDocument.Compose),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Document, "Unknown document."),
        };

        // Recorded first, so the record printed now already shows its own export; saved only once the PDF exists.
        dossier.RecordExport($"{kind.Title} (pdf, kenmerk {source.DocumentReference})", user.Actor, source.MadeAt);
        var document = kind.Compose(source);
        var pdf = renderer.RenderPdf(document);
        await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
        return new ExportedDocument(kind.FileName, "application/pdf", pdf);
    }
}
