using Meldcode.Domain.Inbox;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Inbox.GetInbox;

/// <summary>
/// The postvak: the items for the signed-in user (see <see cref="InboxScope"/>), open ones by default; new before
/// acknowledged before done, newest first within each; one page of them (<see cref="PageSize"/> a page). A page before the
/// first shows the first, one beyond the last shows the last. The board gets items only when named as reviewer.
/// </summary>
[Authorize(Role.Professional, Role.SafeguardingLead, Role.Board)]
public sealed record GetInboxQuery(InboxFilter Filter = InboxFilter.Open, int Page = 1, int PageSize = GetInboxQuery.DefaultPageSize) : IRequest<InboxPage>
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
}

public sealed class GetInboxQueryValidator : AbstractValidator<GetInboxQuery>
{
    public GetInboxQueryValidator()
    {
        RuleFor(q => q.Filter).IsInEnum().WithMessage("Kies welke berichten je wilt zien: open, afgehandeld of alle.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetInboxQuery.MaxPageSize)
            .WithMessage($"Een pagina toont 1 tot {GetInboxQuery.MaxPageSize} berichten.");
    }
}

public sealed class GetInboxQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetInboxQuery, InboxPage>
{
    public async Task<InboxPage> Handle(GetInboxQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var mine = context.InboxItems.AsNoTracking().Where(InboxScope.For(user.OrganisationId, user.UserId, InboxScope.TeamsOf(user)));
        var matching = request.Filter switch
        {
            InboxFilter.Open => mine.Where(i => i.Status != InboxItemStatus.Done),
            InboxFilter.Done => mine.Where(i => i.Status == InboxItemStatus.Done),
            _ => mine,
        };

        var total = await matching.CountAsync(cancellationToken).ConfigureAwait(false);
        var newCount = request.Filter == InboxFilter.Done
            ? await mine.CountAsync(i => i.Status == InboxItemStatus.New, cancellationToken).ConfigureAwait(false)
            : await matching.CountAsync(i => i.Status == InboxItemStatus.New, cancellationToken).ConfigureAwait(false);
        var pageCount = Math.Max(1, (total + request.PageSize - 1) / request.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);

        var rows = await matching
            // Statuses are stored by name: the order is spelled out, not left to the alphabet.
            .OrderBy(i => i.Status == InboxItemStatus.New ? 0 : i.Status == InboxItemStatus.Acknowledged ? 1 : 2)
            .ThenByDescending(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Skip((page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(i => new
            {
                i.Id,
                Version = EF.Property<int>(i, VersionedSave.VersionProperty),
                i.Kind,
                i.DossierId,
                DossierNumber = context.Dossiers.Where(d => d.Id == i.DossierId).Select(d => d.Number).Single(),
                i.RecipientId,
                i.SubjectId,
                i.RaisedByName,
                i.CreatedAt,
                i.Status,
                i.AcknowledgedByName,
                i.AcknowledgedAt,
                i.DoneByName,
                i.DoneAt,
                i.HandedOverToName,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var items = rows.Select(r => new InboxListItem(
            r.Id,
            r.Version,
            r.Kind,
            InboxPhrases.Kind(r.Kind),
            InboxPhrases.Summary(r.Kind, r.DossierNumber, r.RaisedByName, r.HandedOverToName),
            r.DossierId,
            r.DossierNumber,
            r.RaisedByName,
            r.CreatedAt,
            r.Status,
            InboxPhrases.Status(r.Status, r.AcknowledgedByName, r.AcknowledgedAt, r.DoneByName, r.DoneAt),
            LinkFor(r.Kind, r.Status, forTeam: r.RecipientId is null),
            r.SubjectId)).ToList();
        return new InboxPage(items, request.Filter, page, pageCount, total, request.PageSize, newCount);
    }

    /// <summary>
    /// Where opening an item goes, as long as its reader can still open it: an open request to its answer page, a decision to
    /// its review page, the rest to the dossier. A done request or a done review for a named reviewer leads nowhere (they may
    /// read the dossier only while it waits for them); nor does the item telling a previous owner their dossier was handed over.
    /// </summary>
    private static InboxLinkTarget LinkFor(InboxItemKind kind, InboxItemStatus status, bool forTeam) => kind switch
    {
        InboxItemKind.ConsultationRequest => status == InboxItemStatus.Done ? InboxLinkTarget.None : InboxLinkTarget.ConsultationAnswer,
        InboxItemKind.DeviationToReview or InboxItemKind.CoSignatureRequested when status != InboxItemStatus.Done => InboxLinkTarget.Review,
        InboxItemKind.DeviationToReview or InboxItemKind.CoSignatureRequested => forTeam ? InboxLinkTarget.Dossier : InboxLinkTarget.None,
        InboxItemKind.DossierHandedOverFromYou => InboxLinkTarget.None,
        _ => InboxLinkTarget.Dossier,
    };
}
