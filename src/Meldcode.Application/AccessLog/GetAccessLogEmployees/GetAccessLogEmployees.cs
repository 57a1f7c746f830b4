using Meldcode.Domain.Users;

namespace Meldcode.Application.AccessLog.GetAccessLogEmployees;

/// <summary>Everyone of the organisation the privacy officer can filter the access log on, deactivated people too (their lines stay).</summary>
[Authorize(Role.PrivacyOfficer)]
public sealed record GetAccessLogEmployeesQuery : IRequest<IReadOnlyList<AccessLogEmployee>>;

public sealed record AccessLogEmployee(Guid UserId, string Name, bool IsActive);

public sealed class GetAccessLogEmployeesQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetAccessLogEmployeesQuery, IReadOnlyList<AccessLogEmployee>>
{
    public async Task<IReadOnlyList<AccessLogEmployee>> Handle(GetAccessLogEmployeesQuery request, CancellationToken cancellationToken)
    {
        var officer = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        return await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId == officer.OrganisationId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new AccessLogEmployee(u.Id, u.DisplayName, u.IsActive))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
