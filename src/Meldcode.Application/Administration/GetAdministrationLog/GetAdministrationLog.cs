using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GetAdministrationLog;

/// <summary>The administration log of the organisation, newest first, a page at a time.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetAdministrationLogQuery(int Page = 1) : IRequest<AdministrationLogPage>;

public sealed class GetAdministrationLogQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetAdministrationLogQuery, AdministrationLogPage>
{
    public const int PageSize = 50;

    public async Task<AdministrationLogPage> Handle(GetAdministrationLogQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var page = Math.Clamp(request.Page, 1, 100_000);
        var lines = await context.AdministrationLog.AsNoTracking()
            .Where(e => e.OrganisationId == administrator.OrganisationId)
            .OrderByDescending(e => e.At)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(e => new AdministrationLogLine(e.At, e.ActorName, e.Description))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AdministrationLogPage(lines.Take(PageSize).ToList(), page, lines.Count > PageSize);
    }
}
