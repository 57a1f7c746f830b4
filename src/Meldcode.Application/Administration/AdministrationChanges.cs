using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage;

namespace Meldcode.Application.Administration;

/// <summary>
/// What every change in the admin area shares: it is about the administrator's own organisation, it is made
/// to the version the administrator saw, it is written to the administration log, and it is saved in one go
/// with its log line — or not at all.
/// </summary>
public sealed class AdministrationChanges(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
{
    private IDbContextTransaction? _checkAndSave;

    public IApplicationDbContext Context => context;

    /// <summary>The administrator, as loaded for this request.</summary>
    public Task<UserContext> AdministratorAsync(CancellationToken cancellationToken) => users.GetAsync(cancellationToken);

    /// <summary>A user of the administrator's organisation, with roles, to change at the version the form showed; another organisation's user does not exist here.</summary>
    public async Task<User> UserToChangeAsync(UserContext administrator, Guid userId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        var user = await context.Users.Include(u => u.Memberships)
            .SingleOrDefaultAsync(u => u.Id == userId && u.OrganisationId == administrator.OrganisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), userId);
        context.EnsureVersion(user, version, ConcurrencyConflictException.GeneralDutchMessage);
        return user;
    }

    /// <summary>
    /// Nobody may take away the last active functioneel beheerder: then nobody could manage the organisation any
    /// more. The check and the save are one step: the check runs in a write transaction, so two administrators
    /// taking each other's role at the same moment cannot both pass it (the second waits, then sees the first).
    /// </summary>
    public async Task EnsureAnotherActiveAdministratorAsync(User leaving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        _checkAndSave ??= await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var another = await AnotherActiveAdministratorAsync(context, leaving, cancellationToken).ConfigureAwait(false);
        if (!another)
        {
            throw new DomainException("Er moet minstens één actieve functioneel beheerder blijven. Geef eerst iemand anders die rol.");
        }
    }

    /// <summary>Whether someone else in the user's organisation is an active functioneel beheerder.</summary>
    public static Task<bool> AnotherActiveAdministratorAsync(IApplicationDbContext context, User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        return context.Users.AnyAsync(
            u => u.OrganisationId == user.OrganisationId && u.Id != user.Id && u.IsActive && u.Memberships.Any(m => m.Role == Role.FunctionalAdministrator),
            cancellationToken);
    }

    /// <summary>A team of the administrator's organisation; another organisation's team does not exist here. No team id, no team.</summary>
    public async Task<Team?> TeamOfOrganisationAsync(UserContext administrator, Guid? teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        return teamId is not { } id
            ? null
            : await context.Teams.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == id && t.OrganisationId == administrator.OrganisationId, cancellationToken).ConfigureAwait(false)
              ?? throw new NotFoundException(nameof(Team), id);
    }

    /// <summary>The administrator's organisation with its teams, to add or rename one.</summary>
    public Task<Organisation> OrganisationWithTeamsAsync(UserContext administrator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        return context.Organisations.Include(o => o.Teams).SingleAsync(o => o.Id == administrator.OrganisationId, cancellationToken);
    }

    /// <summary>Saves a team change with its log line. Two administrators choosing the same new name at the same moment: the unique index refuses the second, who is told as if they had been first to see it.</summary>
    public async Task SaveTeamAsync(UserContext administrator, AdministrationAction action, Team team, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        try
        {
            await SaveAsync(administrator, action, team.Id, description, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"Er is al een team of locatie met de naam '{team.Name}'.");
        }
    }

    /// <summary>Adds the log line and saves both; a concurrent change by someone else saves nothing.</summary>
    public async Task SaveAsync(UserContext administrator, AdministrationAction action, Guid? subjectId, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        context.AdministrationLog.Add(AdministrationLogEntry.By(administrator.Actor, administrator.OrganisationId, clock.GetUtcNow(), action, subjectId, description));
        await context.SaveOrConflictAsync(ConcurrencyConflictException.GeneralDutchMessage, cancellationToken).ConfigureAwait(false);
        if (_checkAndSave is not null)
        {
            await _checkAndSave.CommitAsync(cancellationToken).ConfigureAwait(false);
            await _checkAndSave.DisposeAsync().ConfigureAwait(false);
            _checkAndSave = null;
        }
    }
}
