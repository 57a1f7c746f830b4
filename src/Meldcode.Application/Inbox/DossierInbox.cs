using Meldcode.Application.Notifications;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Inbox;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Inbox;

/// <summary>
/// Turns what happened to a dossier (<see cref="Dossier.TakeEvents"/>) into inbox items, in the same unit of work as the
/// change: new items for the team's aandachtsfunctionarissen or one person, and items whose request or review was answered
/// marked done. The caller saves.
/// </summary>
public sealed class DossierInbox(IApplicationDbContext context, IMailQueue mail)
{
    public async Task<IReadOnlyList<InboxItem>> DeliverAsync(Dossier dossier, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(actor);
        var added = new List<InboxItem>();
        foreach (var happened in dossier.TakeEvents())
        {
            switch (happened)
            {
                case DossierOpenedEvent:
                    added.Add(ForLeads(InboxItemKind.DossierOpened, subjectId: null));
                    break;
                case ConsultationRequestedEvent request:
                    added.Add(ForPerson(InboxItemKind.ConsultationRequest, request.ConsultantId, request.RequestId));
                    break;
                case AcuteDangerRecordedEvent acute:
                    added.Add(ForLeads(InboxItemKind.AcuteDanger, acute.ActionId));
                    break;
                case ReviewRequestedEvent review:
                    var kind = review.Reason == ReviewReason.Deviation ? InboxItemKind.DeviationToReview : InboxItemKind.CoSignatureRequested;
                    added.Add(review.NamedReviewerId is { } reviewer ? ForPerson(kind, reviewer, review.ReviewId) : ForLeads(kind, review.ReviewId));
                    break;
                case HandedOverEvent handedOver:
                    added.Add(ForPerson(InboxItemKind.DossierHandedOver, handedOver.NewOwnerId, subjectId: null));
                    if (await PreviousOwnerToTellAsync(handedOver).ConfigureAwait(false) is { } told)
                    {
                        added.Add(told);
                    }

                    break;
                case ConsultationRequestClosedEvent closed:
                    await MarkDoneAsync(closed.RequestId).ConfigureAwait(false);
                    break;
                case ReviewGivenEvent given:
                    await MarkDoneAsync(given.ReviewId).ConfigureAwait(false);
                    break;
            }
        }

        context.InboxItems.AddRange(added);
        if (added.Count > 0)
        {
            // An e-mail that something waits in Meldcode (when the organisation set mail up), saved with the change.
            mail.Queue(await RecipientsAsync(added, actor).ConfigureAwait(false), now);
        }

        return added;

        InboxItem ForLeads(InboxItemKind kind, Guid? subjectId) =>
            InboxItem.ForTeamLeads(dossier.OrganisationId, dossier.TeamId, dossier.Id, kind, subjectId, actor, now);

        InboxItem ForPerson(InboxItemKind kind, Guid recipientId, Guid? subjectId) =>
            InboxItem.ForPerson(dossier.OrganisationId, dossier.TeamId, dossier.Id, kind, recipientId, subjectId, actor, now);

        // The previous owner (if still active, and not the one handing over) hears who has their dossier now: they can no longer open it to see.
        async Task<InboxItem?> PreviousOwnerToTellAsync(HandedOverEvent handedOver)
        {
            if (handedOver.PreviousOwnerId == actor.UserId)
            {
                return null;
            }

            var people = await context.Users.AsNoTracking()
                .Where(u => u.Id == handedOver.PreviousOwnerId || u.Id == handedOver.NewOwnerId)
                .Select(u => new { u.Id, u.DisplayName, u.IsActive })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var previousIsActive = people.Exists(p => p.Id == handedOver.PreviousOwnerId && p.IsActive);
            var newOwner = people.Find(p => p.Id == handedOver.NewOwnerId);
            return previousIsActive && newOwner is not null
                ? InboxItem.ForPreviousOwner(dossier.OrganisationId, dossier.TeamId, dossier.Id, handedOver.PreviousOwnerId, newOwner.DisplayName, actor, now)
                : null;
        }

        async Task MarkDoneAsync(Guid subjectId)
        {
            var open = await context.InboxItems
                .Where(i => i.DossierId == dossier.Id && i.SubjectId == subjectId && i.Status != InboxItemStatus.Done)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var item in open)
            {
                item.MarkDone(actor, now);
            }
        }
    }

    /// <summary>Who gets word of the new items: the person, or every active aandachtsfunctionaris of the team; never the one who caused them.</summary>
    private async Task<IReadOnlyCollection<Guid>> RecipientsAsync(IReadOnlyList<InboxItem> items, Actor actor)
    {
        var people = items.Where(i => i.RecipientId is not null).Select(i => i.RecipientId!.Value).ToHashSet();
        var teams = items.Where(i => i.RecipientId is null).Select(i => i.TeamId).Distinct().ToList();
        if (teams.Count > 0)
        {
            var leads = await context.Users
                .Where(u => u.IsActive && u.Memberships.Any(m => m.Role == Role.SafeguardingLead && m.TeamId != null && teams.Contains(m.TeamId.Value)))
                .Select(u => u.Id)
                .ToListAsync().ConfigureAwait(false);
            people.UnionWith(leads);
        }

        people.Remove(actor.UserId);
        return people;
    }
}
