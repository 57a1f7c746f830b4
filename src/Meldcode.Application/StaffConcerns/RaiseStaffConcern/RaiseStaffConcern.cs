using System.Globalization;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.StaffConcerns;

namespace Meldcode.Application.StaffConcerns.RaiseStaffConcern;

/// <summary>A staff member raises a suspicion against a colleague; the board is informed at once.</summary>
[AccessLogged(AccessAction.Create, AccessSubject.StaffConcern)]
[Authorize]
public sealed record RaiseStaffConcernCommand(string? StaffMemberName, string? Description) : IRequest<Guid>;

public sealed class RaiseStaffConcernCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<RaiseStaffConcernCommand, Guid>
{
    public async Task<Guid> Handle(RaiseStaffConcernCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var sector = await SectorOfRaiserAsync(user, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"M{DutchTime.Today(now).Year}-");
        for (var attempt = 1; ; attempt++)
        {
            var count = await context.StaffConcerns.CountAsync(c => c.OrganisationId == user.OrganisationId && c.Number.StartsWith(prefix), cancellationToken).ConfigureAwait(false);
            var concern = StaffConcern.Raise(user.OrganisationId, sector, string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:D4}"), request.StaffMemberName!, request.Description!, user.Actor, now);
            context.StaffConcerns.Add(concern);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return concern.Id;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone raised a concern with the same number at the same moment: take the next one.
                context.StaffConcerns.Remove(concern);
            }
        }
    }

    /// <summary>
    /// Where the raiser works: the sector of their teams, one with the route for a staff member as suspect when they
    /// have one (a school board with care teams); without a team role (the board, a trainer), the organisation's sector.
    /// </summary>
    private async Task<Sector> SectorOfRaiserAsync(UserContext user, CancellationToken cancellationToken)
    {
        List<Guid> teamIds = [.. user.Memberships.Where(m => m.TeamId is not null).Select(m => m.TeamId!.Value)];
        var sectors = await context.Teams.Where(t => teamIds.Contains(t.Id) && t.OrganisationId == user.OrganisationId)
            .Select(t => t.Sector).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (sectors.Count == 0)
        {
            return await context.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Sector).SingleAsync(cancellationToken).ConfigureAwait(false);
        }

        return sectors.Exists(s => s.HasStaffConcernRoute()) ? sectors.Find(s => s.HasStaffConcernRoute()) : sectors[0];
    }
}
