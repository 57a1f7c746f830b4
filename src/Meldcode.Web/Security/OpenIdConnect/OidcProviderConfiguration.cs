using System.Text.Json;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>What Meldcode uses of the provider's discovery document, plus the signing keys from its JWKS.</summary>
internal sealed record OidcProviderConfiguration(
    string Issuer,
    Uri AuthorizationEndpoint,
    Uri TokenEndpoint,
    Uri JwksUri,
    Uri? EndSessionEndpoint,
    IReadOnlyList<string> IdTokenSigningAlgorithms,
    IReadOnlyList<SigningKey> SigningKeys)
{
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    private static readonly string[] SupportedAlgorithms = [SigningKey.Rs256, SigningKey.Es256];

    public static Uri DiscoveryUri(string authority) => new(authority.TrimEnd('/') + DiscoveryPath);

    /// <summary>
    /// Reads a discovery document (without keys). The issuer must be the configured authority (ignoring one
    /// trailing slash), every endpoint an absolute URL with the authority's scheme, and the provider must be
    /// able to sign ID tokens with an algorithm Meldcode verifies.
    /// </summary>
    /// <exception cref="IdentityProviderUnavailableException">The document is unusable; the message is for the operator.</exception>
    public static OidcProviderConfiguration Parse(string json, string authority)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JoseJson.Options);
        }
        catch (JsonException)
        {
            throw new IdentityProviderUnavailableException("The provider's discovery document is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            var issuer = root.OptionalString("issuer")
                ?? throw new IdentityProviderUnavailableException("The provider's discovery document has no 'issuer'.");
            if (!string.Equals(issuer.TrimEnd('/'), authority.TrimEnd('/'), StringComparison.Ordinal))
            {
                throw new IdentityProviderUnavailableException(
                    "The issuer in the provider's discovery document does not match Authentication:Oidc:Authority. "
                    + "Set Authority to exactly the provider's issuer URL.");
            }

            var scheme = new Uri(authority).Scheme;
            var algorithms = root.TryGetProperty("id_token_signing_alg_values_supported", out var listed)
                ? listed.StringOrStrings()
                : [];
            if (algorithms.Count > 0 && !algorithms.Intersect(SupportedAlgorithms, StringComparer.Ordinal).Any())
            {
                throw new IdentityProviderUnavailableException(
                    "The provider does not sign ID tokens with RS256 or ES256, the algorithms Meldcode verifies. "
                    + "Configure the client at the provider to sign ID tokens with RS256.");
            }

            return new OidcProviderConfiguration(
                issuer,
                Endpoint(root, "authorization_endpoint", scheme, required: true)!,
                Endpoint(root, "token_endpoint", scheme, required: true)!,
                Endpoint(root, "jwks_uri", scheme, required: true)!,
                Endpoint(root, "end_session_endpoint", scheme, required: false),
                algorithms,
                []);
        }
    }

    private static Uri? Endpoint(JsonElement root, string name, string scheme, bool required)
    {
        var value = root.OptionalString(name);
        if (value is null)
        {
            return required ? throw new IdentityProviderUnavailableException($"The provider's discovery document has no '{name}'.") : null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == scheme && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : throw new IdentityProviderUnavailableException($"The provider's '{name}' is not an absolute {scheme} URL.");
    }
}
