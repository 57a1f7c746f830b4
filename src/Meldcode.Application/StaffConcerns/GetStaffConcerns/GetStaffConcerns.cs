using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns.GetStaffConcerns;

[Authorize]
public sealed record GetStaffConcernsQuery : IRequest<IReadOnlyList<StaffConcernListItem>>;

public sealed class GetStaffConcernsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetStaffConcernsQuery, IReadOnlyList<StaffConcernListItem>>
{
    public async Task<IReadOnlyList<StaffConcernListItem>> Handle(GetStaffConcernsQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var isBoard = user.Holds(Role.Board);
        var rows = await context.StaffConcerns.AsNoTracking()
            .Where(c => c.OrganisationId == user.OrganisationId && (isBoard || c.RaisedBy == user.UserId))
            .OrderByDescending(c => c.RaisedAt)
            .Select(c => new StaffConcernListItem(c.Id, c.Number, c.StaffMemberName, c.RaisedAt, c.RaisedByName, c.ClosedAt != null, c.ReasonableSuspicion))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }
}
