using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers;

/// <summary>
/// Where a decision goes for four eyes: nowhere when the organisation switched it off; to the team's aandachtsfunctionarissen
/// when one of them is active and neither works on the dossier nor takes the decision; otherwise to the reviewer the
/// organisation named (when active and not involved); otherwise still to the team, where the overview shows it waiting.
/// </summary>
public static class ReviewRoutes
{
    public static async Task<ReviewRoute> ForAsync(IApplicationDbContext context, Guid dossierId, Guid decidingUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (facts, _) = await DossierAccessQueries.FactsAsync(context, dossierId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Dossier), dossierId);
        var settings = await context.Organisations.AsNoTracking()
            .Where(o => o.Id == facts.OrganisationId)
            .Select(o => new { o.FourEyesOnReports, o.NamedReviewerId })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (!settings.FourEyesOnReports)
        {
            return ReviewRoute.Off;
        }

        var involved = facts.CollaboratorIds.Append(facts.OwnerId).Append(decidingUserId).ToList();
        var teamCanReview = await context.Users.AnyAsync(
            u => u.IsActive && !involved.Contains(u.Id) && u.Memberships.Any(m => m.Role == Role.SafeguardingLead && m.TeamId == facts.TeamId),
            cancellationToken).ConfigureAwait(false);
        if (teamCanReview || settings.NamedReviewerId is not { } named || involved.Contains(named))
        {
            return ReviewRoute.TeamLeads;
        }

        var namedIsActive = await context.Users.AnyAsync(u => u.Id == named && u.IsActive && u.OrganisationId == facts.OrganisationId, cancellationToken).ConfigureAwait(false);
        return namedIsActive ? ReviewRoute.To(named) : ReviewRoute.TeamLeads;
    }
}
