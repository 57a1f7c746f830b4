using Meldcode.Application.Common.Users;

namespace Meldcode.Application.Authentication.GetDemoUsers;

/// <summary>The users a developer can sign in as (Development only).</summary>
[AllowAnonymousRequest]
public sealed record GetDemoUsersQuery : IRequest<IReadOnlyList<DemoUserDto>>;

public sealed class GetDemoUsersQueryHandler : IRequestHandler<GetDemoUsersQuery, IReadOnlyList<DemoUserDto>>
{
    private readonly IApplicationDbContext _context;
    private readonly ISignInSettings _settings;

    public GetDemoUsersQueryHandler(IApplicationDbContext context, ISignInSettings settings)
    {
        _context = context;
        _settings = settings;
    }

    public async Task<IReadOnlyList<DemoUserDto>> Handle(GetDemoUsersQuery request, CancellationToken cancellationToken)
    {
        if (!_settings.DemoSignInEnabled)
        {
            throw new ForbiddenAccessException("Demo sign-in is not enabled on this installation.");
        }

        var users = await _context.Users.AsNoTracking().Include(u => u.Memberships).ToListAsync(cancellationToken).ConfigureAwait(false);
        var organisations = await _context.Organisations.AsNoTracking()
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken).ConfigureAwait(false);
        var rolesOf = await RoleAssignments.LoaderAsync(_context, organisations.Keys, cancellationToken).ConfigureAwait(false);

        return users
            .Select(u => new DemoUserDto(u.Id, u.DisplayName, organisations.GetValueOrDefault(u.OrganisationId, string.Empty), u.IsActive, rolesOf(u)))
            .OrderBy(u => u.Roles.Count == 0 ? int.MaxValue : (int)u.Roles[0].Role)
            .ThenBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }
}
