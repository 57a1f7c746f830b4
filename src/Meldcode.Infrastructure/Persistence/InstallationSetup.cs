using Meldcode.Application.Administration;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// What an operator does on the server to set up an installation, before anyone can manage it in the app:
/// create the installation's one organisation at the first start, and appoint the first functioneel beheerder.
/// </summary>
public sealed class InstallationSetup
{
    private readonly ApplicationDbContext _context;
    private readonly TimeProvider _clock;

    public InstallationSetup(ApplicationDbContext context, TimeProvider clock)
    {
        _context = context;
        _clock = clock;
    }

    /// <summary>
    /// Creates the organisation from the first-start settings when the database has none; returns null when
    /// there is one (the settings are then ignored: the functioneel beheerder manages them in the app), or
    /// the operator's problem when there is none and the settings are missing or wrong.
    /// </summary>
    public async Task<string?> EnsureOrganisationAsync(string? name, string? sector, CancellationToken cancellationToken)
    {
        if (await _context.Organisations.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > Organisation.NameMaxLength
            || !Enum.TryParse<Sector>(sector, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(sector, out _))
        {
            return "Meldcode refuses to start: the database has no organisation yet. For the first start, set Organisation__Name "
                + $"(at most {Organisation.NameMaxLength} characters) and Organisation__Sector (one of {string.Join(", ", Enum.GetNames<Sector>())}); "
                + "afterwards the functioneel beheerder changes them in the app. See docs/operations.md.";
        }

        _context.Organisations.Add(Organisation.Create(name, parsed));
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Makes an active user the functioneel beheerder (the user code is shown to them on "Wacht op toegang" after
    /// their first sign-in). Returns what happened, in a sentence for the operator.
    /// </summary>
    public async Task<(bool Done, string Message)> GrantAdministratorAsync(string userCode, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userCode, out var userId))
        {
            return (false, $"'{userCode}' is not a user code. Use the code shown on the page 'Wacht op toegang', such as 0f8fad5b-d9cb-469f-a165-70867728950e.");
        }

        var user = await _context.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            return (false, $"There is no active user with the code {userId}. They must sign in once first.");
        }

        if (user.HasRole(Role.FunctionalAdministrator))
        {
            return (true, $"The user {userId} already is a functioneel beheerder; nothing changed.");
        }

        user.Grant(Role.FunctionalAdministrator);
        _context.AdministrationLog.Add(AdministrationLogEntry.BySystem(
            AdministrationLogEntry.OperatorActorName, user.OrganisationId, _clock.GetUtcNow(), AdministrationAction.RoleGranted, user.Id,
            AdministrationPhrases.RoleGranted(user, Role.FunctionalAdministrator, team: null)));
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (true, $"The user {userId} is now a functioneel beheerder.");
    }
}
