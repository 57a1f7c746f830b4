using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns;

/// <summary>Who may see a staff concern: the board role of the organisation and the person who raised it — nobody else.</summary>
internal static class StaffConcernAccess
{
    public static async Task<StaffConcern> LoadVisibleAsync(IApplicationDbContext context, UserContext user, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? context.StaffConcerns : context.StaffConcerns.AsNoTracking();
        var concern = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (concern is null || concern.OrganisationId != user.OrganisationId || !concern.MayBeSeenBy(user.UserId, user.Holds(Role.Board)))
        {
            throw new NotFoundException(nameof(StaffConcern), id);
        }

        return concern;
    }
}
