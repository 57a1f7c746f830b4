using Meldcode.Application.Administration;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.Extensions.Logging;

namespace Meldcode.Application.Authentication.SignInWithOrganisationAccount;

/// <summary>
/// A person the organisation's identity provider has vouched for (the ID token is verified) signs in. They are
/// found by issuer + subject — never by e-mail address. The first time, they become a user of the organisation
/// without any role; every time, their name and e-mail address are taken from the provider and, when a role
/// mapping is configured (<paramref name="ProviderRoles"/> not null), the roles it governs are brought in line
/// with the provider. A deactivated user is refused. Starts a session on the server.
/// </summary>
[AllowAnonymousRequest]
public sealed record SignInWithOrganisationAccountCommand(
    string Issuer,
    string Subject,
    string? DisplayName,
    string? Email,
    ProviderRoles? ProviderRoles) : IRequest<SignInOutcome>;

public sealed class SignInWithOrganisationAccountCommandHandler(
    IApplicationDbContext context,
    ISignInSettings settings,
    TimeProvider clock,
    ILogger<SignInWithOrganisationAccountCommandHandler> logger) : IRequestHandler<SignInWithOrganisationAccountCommand, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInWithOrganisationAccountCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Only the OpenID Connect component sends this, after verifying the ID token; without a provider nobody may.
        if (!settings.OrganisationSignInEnabled)
        {
            throw new ForbiddenAccessException("Sign-in through an identity provider is not enabled on this installation.");
        }

        try
        {
            return await SignInAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // The same person's first sign-in ran twice at once (two tabs) and the other one added them first
            // (the unique index on issuer + subject refused the second): start again, and find them.
            context.ChangeTracker.Clear();
            return await SignInAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SignInOutcome> SignInAsync(SignInWithOrganisationAccountCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await context.Users
            .Include(u => u.Memberships)
            .SingleOrDefaultAsync(u => u.ExternalIssuer == request.Issuer && u.ExternalSubject == request.Subject, cancellationToken)
            .ConfigureAwait(false);
        if (user is null)
        {
            var organisation = await InstallationOrganisationAsync(cancellationToken).ConfigureAwait(false);
            if (organisation is null)
            {
                return SignInOutcome.Refused(SignInRefusal.NoOrganisation);
            }

            user = User.Provision(organisation, request.Issuer, request.Subject, request.DisplayName, request.Email);
            context.Users.Add(user);
            context.AdministrationLog.Add(AdministrationLogEntry.BySystem(
                AdministrationLogEntry.SignInActorName, user.OrganisationId, now, AdministrationAction.UserProvisioned, user.Id, AdministrationPhrases.Provisioned(user)));
        }
        else if (!user.IsActive)
        {
            return SignInOutcome.Refused(SignInRefusal.Deactivated);
        }
        else
        {
            user.RefreshFromProvider(request.DisplayName, request.Email);
        }

        if (request.ProviderRoles is { } providerRoles)
        {
            await ApplyRoleMappingAsync(user, providerRoles, now, cancellationToken).ConfigureAwait(false);
        }

        var session = await Sessions.StartAsync(context, user, now, settings.SessionLifetime, cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SignInOutcome.Allowed(Sessions.IdentityOf(user, session));
    }

    /// <summary>
    /// There is one organisation per installation, and new people join it. With none (not set up) or several
    /// (not a supported installation), nobody new can be added; the log tells the operator why.
    /// </summary>
    private async Task<Organisation?> InstallationOrganisationAsync(CancellationToken cancellationToken)
    {
        var organisations = await context.Organisations.Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (organisations.Count == 1)
        {
            return organisations[0];
        }

        logger.LogWarning(
            "A new person could not be added at sign-in: the installation has {Count} organisations and needs exactly one (see docs/operations.md, 'The organisation').",
            organisations.Count == 0 ? "no" : "more than one");
        return null;
    }

    /// <summary>Grants what the provider grants and takes away what it no longer grants — only for the roles the mapping governs.</summary>
    private async Task ApplyRoleMappingAsync(User user, ProviderRoles providerRoles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var teams = await context.Teams.Where(t => t.OrganisationId == user.OrganisationId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var governed in providerRoles.Governed.Distinct())
        {
            Team? team = null;
            if (governed.Role.IsTeamScoped())
            {
                team = teams.Find(t => string.Equals(t.Name, governed.TeamName?.Trim(), StringComparison.OrdinalIgnoreCase));
                if (team is null)
                {
                    logger.LogWarning("A role mapping for the role {Role} names a team or location that does not exist; it was skipped.", governed.Role);
                    continue;
                }
            }

            var holds = user.Memberships.Any(m => m.Role == governed.Role && m.TeamId == team?.Id);
            var granted = providerRoles.Granted.Contains(governed);
            if (granted && !holds)
            {
                user.Grant(governed.Role, team);
                Log(user, AdministrationAction.RoleGranted, AdministrationPhrases.RoleGranted(user, governed.Role, team), now);
            }
            else if (!granted && holds)
            {
                if (governed.Role == Role.FunctionalAdministrator && !await AdministrationChanges.AnotherActiveAdministratorAsync(context, user, cancellationToken).ConfigureAwait(false))
                {
                    // The rule of the admin area holds here too: the last active administrator keeps the role.
                    logger.LogWarning("The role mapping no longer grants the functional administrator role to the last active administrator; the role was kept.");
                    continue;
                }

                user.Revoke(governed.Role, team?.Id);
                Log(user, AdministrationAction.RoleRevoked, AdministrationPhrases.RoleRevoked(user, governed.Role, team), now);
            }
        }
    }

    private void Log(User user, AdministrationAction action, string description, DateTimeOffset now) =>
        context.AdministrationLog.Add(AdministrationLogEntry.BySystem(AdministrationLogEntry.SignInActorName, user.OrganisationId, now, action, user.Id, description));
}
