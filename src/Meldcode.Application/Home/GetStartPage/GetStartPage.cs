using Meldcode.Application.Common.Users;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Home.GetStartPage;

/// <summary>What the signed-in user sees on their start page: who they are, where, in which roles, and during the Week tegen Kindermishandeling the campaign.</summary>
[Authorize]
public sealed record GetStartPageQuery : IRequest<StartPageDto>;

public sealed class GetStartPageQueryHandler : IRequestHandler<GetStartPageQuery, StartPageDto>
{
    private readonly IApplicationDbContext _context;
    private readonly ICurrentUser _currentUser;
    private readonly TimeProvider _clock;

    public GetStartPageQueryHandler(IApplicationDbContext context, ICurrentUser currentUser, TimeProvider clock)
    {
        _context = context;
        _currentUser = currentUser;
        _clock = clock;
    }

    public async Task<StartPageDto> Handle(GetStartPageQuery request, CancellationToken cancellationToken)
    {
        var userId = _currentUser.UserId ?? throw new ForbiddenAccessException();
        var user = await _context.Users.AsNoTracking().Include(u => u.Memberships)
            .SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), userId);
        var organisation = await _context.Organisations.AsNoTracking()
            .SingleAsync(o => o.Id == user.OrganisationId, cancellationToken).ConfigureAwait(false);
        var rolesOf = await RoleAssignments.LoaderAsync(_context, [organisation.Id], cancellationToken).ConfigureAwait(false);

        var week = organisation.CampaignWeek;
        var campaign = week.Includes(DutchTime.Today(_clock.GetUtcNow())) ? new CampaignNotice(week.Theme, week.DatesInDutch()) : null;

        List<Guid> teamIds = [.. user.Memberships.Where(m => m.TeamId is not null).Select(m => m.TeamId!.Value)];
        var teamSectors = await _context.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => t.Sector).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Sector> sectors = teamSectors.Count == 0 ? [organisation.Sector] : [.. teamSectors.Order()];

        return new StartPageDto(user.DisplayName, organisation.Name, sectors, rolesOf(user), campaign);
    }
}
