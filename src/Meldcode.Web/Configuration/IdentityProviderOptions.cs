using System.Net;
using Meldcode.Domain.Users;

namespace Meldcode.Web.Configuration;

/// <summary>
/// The organisation's OpenID Connect provider (section <c>Authentication:Oidc</c>), read into the framework's
/// OpenID Connect handler (<c>OrganisationSignIn</c>) and Meldcode's rules on it (<c>OidcSignInEvents</c>).
/// </summary>
public sealed class IdentityProviderOptions
{
    public const string SectionName = "Authentication:Oidc";
    public const string DefaultCallbackPath = "/signin-oidc";
    public const string DefaultSignedOutCallbackPath = "/signout-callback-oidc";

    public const string ClientSecretPost = "client_secret_post";
    public const string ClientSecretBasic = "client_secret_basic";

    private static readonly string[] DefaultScopes = ["openid", "profile", "email"];

    /// <summary>The issuer URL; the discovery document is read from <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Never in a committed file: set it as the environment variable <c>Authentication__Oidc__ClientSecret</c> or as a user secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// How Meldcode shows its client secret at the provider's token endpoint: <c>client_secret_post</c> (in the form, the
    /// default) or <c>client_secret_basic</c> (an HTTP Basic header), as registered for the client at the provider.
    /// </summary>
    public string TokenEndpointAuthMethod { get; set; } = ClientSecretPost;

    /// <summary>The scopes to ask for (entries may also be space-separated). Empty means openid, profile and email; openid is always asked for.</summary>
    public IList<string> Scope { get; } = new List<string>();

    /// <summary>Where the provider sends the browser back with the authorization code.</summary>
    public string CallbackPath { get; set; } = DefaultCallbackPath;

    /// <summary>Where the provider sends the browser back after signing out there.</summary>
    public string SignedOutCallbackPath { get; set; } = DefaultSignedOutCallbackPath;

    /// <summary>Optional: the ID token claim (a dotted path such as <c>realm_access.roles</c> is allowed) that carries the user's roles at the provider.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>
    /// With <see cref="RoleClaim"/>: which value of that claim gives which Meldcode role (and, for professional and
    /// aandachtsfunctionaris, at which team or location). Each entry governs exactly its role (and team): it is
    /// granted at sign-in while the claim holds the value and taken away when it no longer does. Roles no entry
    /// names are managed in the admin area. Empty: every role is managed in the admin area.
    /// </summary>
    public IList<RoleMappingEntry> RoleMapping { get; } = new List<RoleMappingEntry>();

    /// <summary>Refuse sign-ins that the provider does not report as multi-factor (see docs/operations.md for the rule).</summary>
    public bool RequireMfa { get; set; }

    /// <summary>With <see cref="RequireMfa"/>: <c>acr</c> values that count as multi-factor, also sent to the provider as <c>acr_values</c>.</summary>
    public IList<string> MfaAcrValues { get; } = new List<string>();

    /// <summary>True when an identity provider has been configured at all (even if incompletely).</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>The scopes as sent to the provider: configured or default, split on spaces, openid first, no duplicates.</summary>
    public IReadOnlyList<string> EffectiveScopes()
    {
        var configured = Scope
            .SelectMany(entry => entry.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var scopes = new List<string> { "openid" };
        scopes.AddRange(configured.Count == 0 ? DefaultScopes : configured);
        return scopes.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What is missing or wrong, as sentences for an operator; empty when usable. Plain http is accepted
    /// only for a provider on this machine (loopback) and only when <paramref name="isDevelopment"/>.
    /// </summary>
    public IReadOnlyList<string> Problems(bool isDevelopment = false)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Authority))
        {
            problems.Add($"{SectionName}:Authority is not set.");
        }
        else if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
                 || !(authority.Scheme == Uri.UriSchemeHttps || (isDevelopment && IsLoopbackHttp(authority))))
        {
            problems.Add(isDevelopment
                ? $"{SectionName}:Authority must be an absolute https URL (or http on localhost/127.0.0.1 in Development)."
                : $"{SectionName}:Authority must be an absolute https URL.");
        }
        else if (!string.IsNullOrEmpty(authority.Query) || !string.IsNullOrEmpty(authority.Fragment))
        {
            problems.Add($"{SectionName}:Authority must not have a query string or fragment.");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add($"{SectionName}:ClientId is not set.");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            problems.Add($"{SectionName}:ClientSecret is not set (use the environment variable Authentication__Oidc__ClientSecret or user secrets, never a committed file).");
        }

        foreach (var (name, path) in new[] { (nameof(CallbackPath), CallbackPath), (nameof(SignedOutCallbackPath), SignedOutCallbackPath) })
        {
            if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal))
            {
                problems.Add($"{SectionName}:{name} must be a path on this site that starts with '/', such as {(name == nameof(CallbackPath) ? DefaultCallbackPath : DefaultSignedOutCallbackPath)}.");
            }
        }

        if (string.Equals(CallbackPath, SignedOutCallbackPath, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{SectionName}:CallbackPath and {SectionName}:SignedOutCallbackPath must differ.");
        }

        if (TokenEndpointAuthMethod is not (ClientSecretPost or ClientSecretBasic))
        {
            problems.Add($"{SectionName}:TokenEndpointAuthMethod must be {ClientSecretPost} or {ClientSecretBasic}.");
        }

        if (MfaAcrValues.Count > 0 && !RequireMfa)
        {
            problems.Add($"{SectionName}:MfaAcrValues is set but {SectionName}:RequireMfa is not true.");
        }

        problems.AddRange(RoleMappingProblems());

        return problems;
    }

    private IEnumerable<string> RoleMappingProblems()
    {
        if (RoleMapping.Count > 0 && string.IsNullOrWhiteSpace(RoleClaim))
        {
            yield return $"{SectionName}:RoleMapping is set but {SectionName}:RoleClaim is not: name the ID token claim that carries the roles.";
        }

        if (RoleMapping.Count == 0 && !string.IsNullOrWhiteSpace(RoleClaim))
        {
            yield return $"{SectionName}:RoleClaim is set but {SectionName}:RoleMapping lists no roles, so the claim would be ignored: add RoleMapping entries or remove RoleClaim.";
        }

        for (var index = 0; index < RoleMapping.Count; index++)
        {
            var entry = RoleMapping[index];
            var key = $"{SectionName}:RoleMapping:{index}";
            if (string.IsNullOrWhiteSpace(entry.Claim))
            {
                yield return $"{key}:Claim is not set: the value of the role claim that gives this role.";
            }

            if (entry.MeldcodeRole() is not { } role)
            {
                yield return $"{key}:Role must be one of {string.Join(", ", Enum.GetNames<Role>())}.";
            }
            else if (role.IsTeamScoped() && string.IsNullOrWhiteSpace(entry.Team))
            {
                yield return $"{key}:Team is not set: the role {role} is held at a team or location; give its name as shown in the admin area.";
            }
            else if (!role.IsTeamScoped() && !string.IsNullOrWhiteSpace(entry.Team))
            {
                yield return $"{key}:Team must be empty: the role {role} holds for the whole organisation.";
            }
        }
    }

    private static bool IsLoopbackHttp(Uri authority) =>
        authority.Scheme == Uri.UriSchemeHttp
        && (authority.IsLoopback || (IPAddress.TryParse(authority.Host, out var address) && IPAddress.IsLoopback(address)));
}

/// <summary>One entry of <see cref="IdentityProviderOptions.RoleMapping"/>: the claim value, the Meldcode role it gives, and the team for team-scoped roles.</summary>
public sealed class RoleMappingEntry
{
    /// <summary>A value of the role claim, compared exactly (case-sensitive), e.g. an Entra app role or a Keycloak realm role.</summary>
    public string? Claim { get; set; }

    /// <summary>The Meldcode role's name in code: Professional, SafeguardingLead, Trainer, FunctionalAdministrator, PrivacyOfficer or Board.</summary>
    public string? Role { get; set; }

    /// <summary>For Professional and SafeguardingLead: the team or location's name (as in the admin area, case ignored).</summary>
    public string? Team { get; set; }

    /// <summary>The role named, or null when it names none (numbers are not accepted).</summary>
    public Role? MeldcodeRole() =>
        Enum.TryParse<Role>(Role, ignoreCase: false, out var role) && Enum.IsDefined(role) && !int.TryParse(Role, out _) ? role : null;
}
