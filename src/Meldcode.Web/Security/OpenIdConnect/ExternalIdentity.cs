using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

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
    /// <summary>Reads the identity from an ID token the framework's handler has verified; roles come from <paramref name="roleClaim"/> when configured.</summary>
    internal static ExternalIdentity From(JsonWebToken verifiedIdToken, string? roleClaim)
    {
        ArgumentNullException.ThrowIfNull(verifiedIdToken);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(verifiedIdToken.EncodedPayload));
        return From(verifiedIdToken.Issuer, verifiedIdToken.Subject, payload.RootElement, roleClaim);
    }

    /// <summary>Reads the identity from the claims of a verified ID token; <paramref name="roleClaim"/> may be a dotted path into them.</summary>
    internal static ExternalIdentity From(string issuer, string subject, JsonElement claims, string? roleClaim)
    {
        var displayName = OptionalString(claims, "name")
            ?? string.Join(' ', new[] { OptionalString(claims, "given_name"), OptionalString(claims, "family_name") }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return new ExternalIdentity(
            issuer,
            subject,
            string.IsNullOrWhiteSpace(displayName) ? OptionalString(claims, "preferred_username") : displayName.Trim(),
            OptionalString(claims, "email"),
            claims.TryGetProperty("email_verified", out var verified) && (verified.ValueKind == JsonValueKind.True || (verified.ValueKind == JsonValueKind.String && verified.ValueEquals("true"))),
            string.IsNullOrWhiteSpace(roleClaim) ? [] : StringOrStrings(Claim(claims, roleClaim)),
            claims.TryGetProperty("amr", out var methods) ? StringOrStrings(methods) : [],
            OptionalString(claims, "acr"));
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

    private static string? OptionalString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A claim that may be one string or an array of strings (as <c>amr</c> or a roles claim); anything else gives nothing.</summary>
    private static List<string> StringOrStrings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToList(),
        _ => [],
    };
}
