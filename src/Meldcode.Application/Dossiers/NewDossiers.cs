using Meldcode.Application.Inbox;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers;

/// <summary>What opening any dossier shares: only in one of the user's own teams, in that team's sector, with the next number of the organisation's year.</summary>
internal static class NewDossiers
{
    private const int Attempts = 3;

    /// <summary>Opens the dossier <paramref name="open"/> makes from the team's sector and the next number, and saves it; returns its id.</summary>
    public static async Task<Guid> OpenAsync(IApplicationDbContext context, DossierInbox inbox, UserContext user, Guid teamId, DateTimeOffset now, Func<Sector, DossierNumber, Dossier> open, CancellationToken cancellationToken)
    {
        if (!user.Holds(Role.Professional, teamId) && !user.Holds(Role.SafeguardingLead, teamId))
        {
            throw new ForbiddenAccessException("A dossier can only be opened in one of the user's own teams.");
        }

        var sector = await context.Teams.Where(t => t.Id == teamId && t.OrganisationId == user.OrganisationId)
            .Select(t => (Sector?)t.Sector).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ForbiddenAccessException("The team is not one of the user's organisation.");
        var year = DutchTime.Today(now).Year;
        for (var attempt = 1; ; attempt++)
        {
            var last = await context.Dossiers
                .Where(d => d.OrganisationId == user.OrganisationId && d.NumberYear == year)
                .MaxAsync(d => (int?)d.NumberSequence, cancellationToken).ConfigureAwait(false) ?? 0;
            var dossier = open(sector, new DossierNumber(year, last + 1));
            context.Dossiers.Add(dossier);
            var items = await inbox.DeliverAsync(dossier, user.Actor, now, cancellationToken).ConfigureAwait(false);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return dossier.Id;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Someone took the same number at the same moment: take the next one.
                context.Dossiers.Remove(dossier);
                context.InboxItems.RemoveRange(items);
            }
        }
    }
}
