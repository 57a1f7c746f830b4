using MediatR;
using Meldcode.Application.Common.Documents;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Dossiers.Access;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>The documents that can be made of a dossier.</summary>
public enum DossierDocumentKind
{
    /// <summary>"Dossierverslag meldcode": the complete record.</summary>
    Record = 1,

    /// <summary>"Concept melding": the draft report for Veilig Thuis.</summary>
    VeiligThuisDraft = 2,
}

/// <summary>A document ready to download: a file name with the dossier number (never the child's name) and its bytes.</summary>
public sealed record ExportedDocument(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Downloads a dossier document as a PDF. Everyone who may read the dossier may download it; each
/// download is written to the chronology (who, when, which document, its identifier), and the PDF
/// itself already contains that entry.
/// </summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record ExportDossierDocumentCommand(Guid DossierId, DossierDocumentKind Document) : IRequest<ExportedDocument>, IDossierRequest;

/// <summary>The draft report for Veilig Thuis as plain text, to read and copy on screen (viewing is not an export).</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record GetVeiligThuisDraftQuery(Guid DossierId) : IRequest<VeiligThuisDraft>, IDossierRequest;

public sealed record VeiligThuisDraft(string Text, bool DecidedToReport);

public sealed class ExportDossierDocumentCommandHandler(IApplicationDbContext context, CurrentUserContext users, IDocumentRenderer renderer, TimeProvider clock)
    : IRequestHandler<ExportDossierDocumentCommand, ExportedDocument>
{
    public async Task<ExportedDocument> Handle(ExportDossierDocumentCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var dossier = await DossierWorkspace.LoadAsync(context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var header = await DossierHeader.ReadAsync(context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var source = DossierDocumentSource.Of(dossier, header, user.Actor, clock.GetUtcNow());
        (string Title, string FileName, Func<DossierDocumentSource, PrintableDocument> Compose) kind = request.Document switch
        {
            DossierDocumentKind.Record => (DossierRecordDocument.Title, $"dossierverslag-{dossier.Number}.pdf", DossierRecordDocument.Compose),
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

public sealed class GetVeiligThuisDraftQueryHandler(DossierReader reader, CurrentUserContext users, TimeProvider clock)
    : IRequestHandler<GetVeiligThuisDraftQuery, VeiligThuisDraft>
{
    public async Task<VeiligThuisDraft> Handle(GetVeiligThuisDraftQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var (dossier, _, header) = await reader.ReadAsync(request.DossierId, cancellationToken).ConfigureAwait(false);
        var source = DossierDocumentSource.Of(dossier, header, user.Actor, clock.GetUtcNow());
        return new VeiligThuisDraft(PlainTextDocument.Write(VeiligThuisDraftDocument.Compose(source)), VeiligThuisDraftDocument.DecidedToReport(dossier));
    }
}
