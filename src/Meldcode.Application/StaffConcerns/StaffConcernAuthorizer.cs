using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns;

/// <summary>
/// The object-level check for every staff-member request: the record must be one the user may see (the board of
/// its organisation, or the person who raised it). Otherwise it does not exist for them: not found.
/// </summary>
public sealed class StaffConcernAuthorizer<TRequest> : IResourceAuthorizer<TRequest>
    where TRequest : IStaffConcernRequest
{
    private readonly IApplicationDbContext _context;
    private readonly CurrentUserContext _users;

    public StaffConcernAuthorizer(IApplicationDbContext context, CurrentUserContext users)
    {
        _context = context;
        _users = users;
    }

    public async Task<bool> IsAllowedAsync(TRequest request, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await _users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await _context.StaffConcerns.AsNoTracking()
            .Where(c => c.Id == request.Id)
            .Select(c => new { c.OrganisationId, c.RaisedBy })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (concern is null || concern.OrganisationId != user.OrganisationId || !StaffConcern.IsVisibleTo(concern.RaisedBy, user.UserId, user.Holds(Role.Board)))
        {
            throw new NotFoundException(nameof(StaffConcern), request.Id);
        }

        return true;
    }
}
