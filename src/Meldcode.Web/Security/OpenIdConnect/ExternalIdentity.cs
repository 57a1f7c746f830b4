using System.Text.Json;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// A person as the organisation's identity provider vouches for them, after the ID token was verified.
/// <see cref="Issuer"/> plus <see cref="Subject"/> identify them, stably and uniquely; the e-mail address
/// and name are for display and may change, so never match a user on them.
/// </summary>
public sealed record ExternalIdentity(
    string Issuer,
    string Subject,
    string? DisplayName,
    string? Email,
    bool EmailVerified,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> AuthenticationMethods,
    string? AuthenticationContext)
{
    /// <summary>Reads the identity from a verified ID token; roles come from <paramref name="roleClaim"/> (a dotted path into the claims) when configured.</summary>
    internal static ExternalIdentity From(ValidatedIdToken token, string? roleClaim)
    {
        var claims = token.Claims;
        var displayName = claims.OptionalString("name")
            ?? string.Join(' ', new[] { claims.OptionalString("given_name"), claims.OptionalString("family_name") }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return new ExternalIdentity(
            token.Issuer,
            token.Subject,
            string.IsNullOrWhiteSpace(displayName) ? claims.OptionalString("preferred_username") : displayName.Trim(),
            claims.OptionalString("email"),
            claims.TryGetProperty("email_verified", out var verified) && (verified.ValueKind == JsonValueKind.True || (verified.ValueKind == JsonValueKind.String && verified.ValueEquals("true"))),
            string.IsNullOrWhiteSpace(roleClaim) ? [] : Claim(claims, roleClaim).StringOrStrings(),
            claims.TryGetProperty("amr", out var methods) ? methods.StringOrStrings() : [],
            claims.OptionalString("acr"));
    }

    /// <summary>A claim by name; when there is no claim with exactly this name, "a.b" means claim b inside object a.</summary>
    private static JsonElement Claim(JsonElement claims, string path)
    {
        if (claims.TryGetProperty(path, out var direct))
        {
            return direct;
        }

        var current = claims;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return default;
            }
        }

        return current;
    }
}
