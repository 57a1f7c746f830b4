using System.Text.Json;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>How the provider's JSON (discovery, JWKS, token response, token header and claims) is read.</summary>
internal static class JoseJson
{
    /// <summary>Strict: no comments, no trailing commas, no duplicate names (an attacker's second "aud" must not win).</summary>
    public static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
    };

    public static string? OptionalString(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A claim that may be one string or an array of strings (as <c>aud</c>, <c>amr</c> or a roles claim); anything else gives nothing.</summary>
    public static IReadOnlyList<string> StringOrStrings(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToList(),
        _ => [],
    };
}
