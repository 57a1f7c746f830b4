using Meldcode.Application.Common.Documents;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.ExportForInspection;

/// <summary>
/// The export for someone who asked to see the file: the dossier record as PDF with third parties withheld (see
/// <see cref="Redaction"/>) and the list of who accessed the file, by role. The aandachtsfunctionaris may tick items
/// (signals, consultations, conversations, lines of the chronology) to withhold, each with a reason. The request and
/// the chronology record the export and what it withheld; the pipeline writes its line in the access log.
/// </summary>
[AccessLogged(AccessAction.Export, Part = AccessPart)]
[Authorize]
[RequiresDossierPermission(DossierPermission.AnswerInspection)]
public sealed record ExportForInspectionCommand(Guid DossierId, int Version, Guid RequestId, IReadOnlyList<WithheldItem>? Items) : IRequest<ExportedDocument>, IDossierChange
{
    public const string AccessPart = "Inzage-export (pdf)";
}

/// <summary>An item of the dossier the lead may withhold: ticked (<see cref="Withhold"/>) with a reason.</summary>
public sealed record WithheldItem(Guid Id, bool? Withhold, string? Reason);

public sealed class ExportForInspectionCommandHandler(DossierWorkspace workspace, IApplicationDbContext context, IDocumentRenderer renderer)
    : IRequestHandler<ExportForInspectionCommand, ExportedDocument>
{
    public async Task<ExportedDocument> Handle(ExportForInspectionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = await DossierHeader.ReadAsync(context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var accessList = await AccessListAsync(request.DossierId, cancellationToken).ConfigureAwait(false);
        var marked = (request.Items ?? []).Where(i => i.Withhold == true).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().Reason!.Trim());

        return await workspace.ChangeAsync(
            request,
            (dossier, lead, now) =>
            {
                var inspection = dossier.InspectionRequests.FirstOrDefault(r => r.Id == request.RequestId)
                    ?? throw new DomainException("Dit inzageverzoek hoort niet bij dit dossier.");
                if (marked.Keys.Any(id => Redaction.Describe(dossier, id) is null))
                {
                    throw new DomainException("Een onderdeel dat je wilt weglaten, hoort niet bij dit dossier. Laad de pagina opnieuw.");
                }

                var source = DossierDocumentSource.Of(dossier, header, lead, now);
                var redaction = new Redaction(dossier, inspection, marked, accessList, [header.Owner, lead.Name]);
                var document = DossierRecordDocument.Compose(source, redaction);
                var pdf = renderer.RenderPdf(document);

                // Recorded after composing: the lead's reasons for withholding are not the requester's to read.
                dossier.RecordInspectionExport(inspection.Id, source.DocumentReference, Redaction.Summary(dossier, inspection, marked), lead, now);
                return new ExportedDocument($"inzage-dossier-{dossier.Number}.pdf", "application/pdf", pdf);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who accessed the dossier (allowed accesses only), by role and never by name, oldest first.</summary>
    private async Task<IReadOnlyList<AccessListLine>> AccessListAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var lines = await context.AccessLog.AsNoTracking()
            .Where(e => e.Subject == AccessSubject.Dossier && e.SubjectId == dossierId && e.Outcome == AccessOutcome.Allowed)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.At, e.Roles, e.Action, e.Part })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. lines.Select(l => new AccessListLine(l.At, Roles(l.Roles), Action(l.Action), l.Part))];
    }

    private static string Roles(string codes)
    {
        var names = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Enum.TryParse<Role>(c, out var role) ? role.DutchName() : c)
            .ToList();
        return names.Count == 0 ? "onbekend" : string.Join(" en ", names);
    }

    private static string Action(AccessAction action) => action switch
    {
        AccessAction.Create => "aangemaakt",
        AccessAction.Read => "ingezien",
        AccessAction.Update => "gewijzigd",
        AccessAction.Delete => "verwijderd",
        AccessAction.Export => "afgedrukt of geëxporteerd",
        _ => action.ToString(),
    };
}
