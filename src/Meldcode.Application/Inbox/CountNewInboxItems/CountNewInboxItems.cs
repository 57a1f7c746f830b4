using Meldcode.Domain.Inbox;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Inbox.CountNewInboxItems;

/// <summary>How many items in the user's postvak are new: the badge beside "Postvak" in the menu, on every page. One compiled count.</summary>
[Authorize(Role.Professional, Role.SafeguardingLead, Role.Board)]
public sealed record CountNewInboxItemsQuery : IRequest<int>;

public sealed class CountNewInboxItemsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<CountNewInboxItemsQuery, int>
{
    public async Task<int> Handle(CountNewInboxItemsQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var db = context.AsDbContext();
        return await CountNew.For(db)(db, user.OrganisationId, user.UserId, InboxScope.TeamsOf(user), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The new items of <see cref="InboxScope.For"/>, condition for condition (a compiled query takes its conditions written
    /// out): the recipient's and the team's index each find their rows (a multi-index OR), so the count reads only new items.
    /// </summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid, Guid[], CancellationToken, Task<int>>> CountNew = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid organisationId, Guid me, Guid[] leadsTeams, CancellationToken _) => db.Set<InboxItem>()
            .Where(i => (i.RecipientId == me && i.Status == InboxItemStatus.New)
                || (i.RecipientId == null && leadsTeams.Contains(i.TeamId) && i.Status == InboxItemStatus.New))
            .Where(i => i.OrganisationId == organisationId && i.RaisedById != me)
            .Count()));
}
