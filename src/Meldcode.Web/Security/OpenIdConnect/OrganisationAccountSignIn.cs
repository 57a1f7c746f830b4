using MediatR;
using Meldcode.Application.Authentication;
using Meldcode.Application.Authentication.SignInWithOrganisationAccount;
using Meldcode.Domain.Users;
using Meldcode.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Provisioning: hands the verified identity to the Application's sign-in use case, which finds the user by
/// issuer + subject (or adds them, without roles), refreshes name and e-mail, applies the role mapping and
/// starts a session on the server. The role mapping is read here, from configuration, and passed on as
/// Meldcode roles.
/// </summary>
internal sealed class OrganisationAccountSignIn : IExternalSignIn
{
    private readonly IMediator _mediator;
    private readonly IdentityProviderOptions _options;

    public OrganisationAccountSignIn(IMediator mediator, IOptions<IdentityProviderOptions> options)
    {
        _mediator = mediator;
        _options = options.Value;
    }

    public Task<SignInOutcome> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return _mediator.Send(
            new SignInWithOrganisationAccountCommand(identity.Issuer, identity.Subject, identity.DisplayName, identity.Email, ProviderRolesOf(identity, _options.RoleMapping)),
            cancellationToken);
    }

    /// <summary>What the role mapping says for this person; null when no mapping is configured (every role is then managed in the app).</summary>
    public static ProviderRoles? ProviderRolesOf(ExternalIdentity identity, IEnumerable<RoleMappingEntry> mapping)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var entries = mapping
            .Where(entry => !string.IsNullOrWhiteSpace(entry.Claim) && entry.MeldcodeRole() is not null)
            .Select(entry =>
            {
                var role = entry.MeldcodeRole()!.Value;
                return (Claim: entry.Claim!, Role: new ProviderRole(role, role.IsTeamScoped() ? entry.Team?.Trim() : null));
            })
            .ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        return new ProviderRoles(
            entries.Select(entry => entry.Role).Distinct().ToList(),
            entries.Where(entry => identity.Roles.Contains(entry.Claim, StringComparer.Ordinal)).Select(entry => entry.Role).Distinct().ToList());
    }
}
