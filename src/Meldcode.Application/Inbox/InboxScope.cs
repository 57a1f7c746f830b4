using System.Linq.Expressions;
using Meldcode.Domain.Inbox;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Inbox;

/// <summary>
/// Whose an inbox item is: the one person it is addressed to, or — for an item for the team — every aandachtsfunctionaris
/// of that team. Nobody sees the items they raised themselves. Everything that reads or changes items goes through this.
/// </summary>
public static class InboxScope
{
    /// <summary>The teams whose items the user gets: those where they are aandachtsfunctionaris.</summary>
    public static Guid[] TeamsOf(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. user.TeamsWhere(Role.SafeguardingLead)];
    }

    /// <summary>The items for this person (of their organisation, addressed to them or to a team they lead, not raised by them).</summary>
    public static Expression<Func<InboxItem, bool>> For(Guid organisationId, Guid me, Guid[] leadsTeams) =>
        i => i.OrganisationId == organisationId
            && i.RaisedById != me
            && (i.RecipientId == me || (i.RecipientId == null && leadsTeams.Contains(i.TeamId)));

    /// <summary>One item of this user's, to change it; someone else's item is not found, exactly as an unknown one.</summary>
    public static async Task<InboxItem> LoadAsync(IApplicationDbContext context, UserContext user, Guid itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        return await context.InboxItems
            .Where(i => i.Id == itemId)
            .Where(For(user.OrganisationId, user.UserId, TeamsOf(user)))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(InboxItem), itemId);
    }
}
