using System.Globalization;
using Meldcode.Domain.StaffConcerns;

namespace Meldcode.Application.StaffConcerns.RaiseStaffConcern;

/// <summary>A staff member raises a suspicion against a colleague; the board is informed at once.</summary>
[Authorize]
public sealed record RaiseStaffConcernCommand(string? StaffMemberName, string? Description) : IRequest<Guid>;

public sealed class RaiseStaffConcernCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<RaiseStaffConcernCommand, Guid>
{
    public async Task<Guid> Handle(RaiseStaffConcernCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"M{DutchTime.Today(now).Year}-");
        for (var attempt = 1; ; attempt++)
        {
            var count = await context.StaffConcerns.CountAsync(c => c.OrganisationId == user.OrganisationId && c.Number.StartsWith(prefix), cancellationToken).ConfigureAwait(false);
            var concern = StaffConcern.Raise(user.OrganisationId, user.Sector, string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:D4}"), request.StaffMemberName!, request.Description!, user.Actor, now);
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
}
