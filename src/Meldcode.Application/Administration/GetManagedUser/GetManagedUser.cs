using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GetManagedUser;

/// <summary>
/// One user of the organisation as the functioneel beheerder manages them: roles, status, how many open dossiers they
/// own (a count only: the beheerder sees no dossier), and their part of the administration log.
/// </summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetManagedUserQuery(Guid UserId) : IRequest<ManagedUserDto>;

public sealed class GetManagedUserQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetManagedUserQuery, ManagedUserDto>
{
    public const int HistoryLength = 20;

    public async Task<ManagedUserDto> Handle(GetManagedUserQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var user = await context.Users.Include(u => u.Memberships) // tracked, for its version
            .SingleOrDefaultAsync(u => u.Id == request.UserId && u.OrganisationId == administrator.OrganisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), request.UserId);
        var teams = await context.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == administrator.OrganisationId)
            .OrderBy(t => t.Name)
            .Select(t => new TeamOption(t.Id, t.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = await context.AdministrationLog.AsNoTracking()
            .Where(e => e.OrganisationId == administrator.OrganisationId && e.SubjectId == user.Id)
            .OrderByDescending(e => e.At)
            .Take(HistoryLength)
            .Select(e => new AdministrationLogLine(e.At, e.ActorName, e.Description))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var openDossiers = await context.Dossiers
            .CountAsync(d => d.OwnerId == user.Id && d.OrganisationId == administrator.OrganisationId && d.ClosedAt == null, cancellationToken).ConfigureAwait(false);

        var roles = user.Memberships
            .Select(m => new ManagedRoleDto(m.Role, m.TeamId, teams.Find(t => t.Id == m.TeamId)?.Name))
            .OrderBy(r => r.Role)
            .ThenBy(r => r.TeamName, StringComparer.CurrentCulture)
            .ToList();
        return new ManagedUserDto(
            user.Id, user.DisplayName, user.Email, user.IsActive, user.ExternalSubject is not null, user.Id == administrator.UserId, context.VersionOf(user), roles, teams, history, openDossiers);
    }
}
