namespace Meldcode.Web.Configuration;

/// <summary>
/// The organisation's OpenID Connect provider (section <c>Authentication:Oidc</c>). The option names
/// follow the framework's OpenIdConnect handler so the two can be swapped.
/// </summary>
public sealed class IdentityProviderOptions
{
    public const string SectionName = "Authentication:Oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>True when an identity provider has been configured at all (even if incompletely).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>What is missing or wrong, as sentences for an operator; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Authority))
        {
            problems.Add($"{SectionName}:Authority is not set.");
        }
        else if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{SectionName}:Authority must be an absolute https URL.");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add($"{SectionName}:ClientId is not set.");
        }

        return problems;
    }
}
