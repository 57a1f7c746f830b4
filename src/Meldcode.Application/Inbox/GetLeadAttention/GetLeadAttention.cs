using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Inbox;

namespace Meldcode.Application.Inbox.GetLeadAttention;

/// <summary>
/// "Bij de aandachtsfunctionaris", on the dossier: what of this dossier went to the aandachtsfunctionaris (the dossier was
/// opened, acute danger, a decision to review) and whether they have seen it, so the professional knows. Everyone who may read
/// the dossier sees it. Read apart from the dossier: acknowledging changes the item, not the dossier.
/// </summary>
[AccessLogged(AccessAction.Read)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Read)]
public sealed record GetLeadAttentionQuery(Guid DossierId) : IRequest<IReadOnlyList<LeadAttentionItem>>, IDossierRequest;

public sealed class GetLeadAttentionQueryHandler(IApplicationDbContext context) : IRequestHandler<GetLeadAttentionQuery, IReadOnlyList<LeadAttentionItem>>
{
    private static readonly InboxItemKind[] ForTheLead = [InboxItemKind.DossierOpened, InboxItemKind.AcuteDanger, InboxItemKind.DeviationToReview, InboxItemKind.CoSignatureRequested];

    public async Task<IReadOnlyList<LeadAttentionItem>> Handle(GetLeadAttentionQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = await context.InboxItems.AsNoTracking()
            .Where(i => i.DossierId == request.DossierId && ForTheLead.Contains(i.Kind))
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Select(i => new { i.Kind, i.CreatedAt, i.Status, i.AcknowledgedByName, i.AcknowledgedAt, i.DoneByName, i.DoneAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => new LeadAttentionItem(r.Kind, InboxPhrases.SentToTheLead(r.Kind), r.CreatedAt, r.Status, InboxPhrases.SeenStatus(r.Status, r.AcknowledgedByName, r.AcknowledgedAt, r.DoneByName, r.DoneAt)))
            .ToList();
    }
}
