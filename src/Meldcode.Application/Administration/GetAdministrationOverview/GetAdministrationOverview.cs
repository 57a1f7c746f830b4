using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GetAdministrationOverview;

/// <summary>The admin area's start: who is waiting for access, how many users and teams there are, and the latest changes.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetAdministrationOverviewQuery : IRequest<AdministrationOverviewDto>;

public sealed class GetAdministrationOverviewQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetAdministrationOverviewQuery, AdministrationOverviewDto>
{
    public const int ListLength = 10;

    public async Task<AdministrationOverviewDto> Handle(GetAdministrationOverviewQuery request, CancellationToken cancellationToken)
    {
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var organisationId = administrator.OrganisationId;
        var name = await context.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var activeUsers = await context.Users.CountAsync(u => u.OrganisationId == organisationId && u.IsActive, cancellationToken).ConfigureAwait(false);
        var teams = await context.Teams.CountAsync(t => t.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        var waiting = await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive && !u.Memberships.Any())
            .OrderBy(u => u.DisplayName)
            .Take(ListLength)
            .Select(u => new WaitingUser(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = await context.AdministrationLog.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId)
            .OrderByDescending(e => e.At)
            .Take(ListLength)
            .Select(e => new AdministrationLogLine(e.At, e.ActorName, e.Description))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AdministrationOverviewDto(name, activeUsers, teams, waiting, latest);
    }
}
