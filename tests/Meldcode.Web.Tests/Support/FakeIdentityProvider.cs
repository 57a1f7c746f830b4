using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Meldcode.Web.Tests.Support;

/// <summary>
/// The organisation's OpenID Connect provider, as Meldcode's back channel sees it: discovery, JWKS and a token
/// endpoint that checks the client secret (in the form, or in an HTTP Basic header), the redirect URI and the PKCE verifier and hands out a signed ID
/// token with the nonce of the authorization request. <see cref="Approve"/> plays the person signing in.
/// </summary>
public sealed class FakeIdentityProvider : HttpMessageHandler
{
    public const string Authority = "https://idp.example";
    public const string ClientId = "meldcode";
    public const string ClientSecret = "test-only-secret";
    public const string SigningKeyId = "key-1";

    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private int _discoveryRequests;
    private int _keySetRequests;

    public FakeIdentityProvider(TimeProvider clock)
    {
        _clock = clock;
    }

    public RSA SigningKey { get; } = RSA.Create(2048);

    /// <summary>The keys the JWKS lists; starts with <see cref="SigningKey"/>. Change it to roll keys.</summary>
    public JsonObject KeySet { get; set; } = new();

    public string DocumentIssuer { get; set; } = Authority;

    /// <summary>When set, signs the ID tokens instead of RS256 with <see cref="SigningKey"/> (to hand out tokens Meldcode must refuse).</summary>
    public Func<JsonObject, string>? SignIdToken { get; set; }

    public bool AdvertisesEndSession { get; set; } = true;

    /// <summary>The <c>jwks_uri</c> the discovery document names.</summary>
    public string KeySetAddress { get; set; } = $"{Authority}/jwks";

    /// <summary>
    /// The token endpoint takes the client's credentials as <c>client_secret_basic</c> (an HTTP Basic header) only,
    /// instead of <c>client_secret_post</c> (in the form) only.
    /// </summary>
    public bool TakesClientSecretBasic { get; set; }

    /// <summary>Every request fails as if the provider's host were unreachable.</summary>
    public bool IsDown { get; set; }

    /// <summary>The token endpoint answers with a proxy's HTML error page instead of JSON.</summary>
    public bool TokenEndpointAnswersHtml { get; set; }

    /// <summary>When set, the token endpoint answers this error instead of tokens.</summary>
    public string? TokenError { get; set; }

    public int DiscoveryRequests => _discoveryRequests;

    public int KeySetRequests => _keySetRequests;

    /// <summary>The ID tokens handed out, newest last.</summary>
    public List<string> IssuedIdTokens { get; } = [];

    public static Uri AuthorizationEndpoint => new($"{Authority}/authorize");

    public static Uri EndSessionEndpoint => new($"{Authority}/logout");

    /// <summary>
    /// The person signs in at the provider for this authorization request: the provider remembers the nonce and
    /// PKCE challenge and answers with the callback (path and query) the browser is sent back to.
    /// </summary>
    public string Approve(Uri authorizationRequest, string subject = "sub-sanne", Action<JsonObject>? claims = null)
    {
        ArgumentNullException.ThrowIfNull(authorizationRequest);
        var query = QueryHelpers.ParseQuery(authorizationRequest.Query);
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(query["nonce"].ToString(), query["code_challenge"].ToString(), query["redirect_uri"].ToString(), subject, claims);
        var callback = new Uri(query["redirect_uri"].ToString());
        return QueryHelpers.AddQueryString(callback.AbsolutePath, new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"].ToString() });
    }

    /// <summary>An ID token as this provider would sign it; <paramref name="claims"/> may change or remove any claim.</summary>
    public string IdToken(string nonce, string subject = "sub-sanne", Action<JsonObject>? claims = null, RSA? key = null, string keyId = SigningKeyId)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = Authority,
            ["aud"] = ClientId,
            ["sub"] = subject,
            ["iat"] = now,
            ["exp"] = now + 300,
            ["nonce"] = nonce,
            ["name"] = "Sanne de Vries",
            ["email"] = "sanne.devries@esdoorn.example",
        };
        claims?.Invoke(payload);
        return SignIdToken is { } sign && key is null ? sign(payload) : TestJwt.SignRs256(key ?? SigningKey, keyId, payload);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsDown)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (idp.example:443)");
        }

        return (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/.well-known/openid-configuration") => Discovery(),
            ("GET", "/jwks") => Keys(),
            ("POST", "/token") => Token(QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(cancellationToken)), request.Headers.Authorization),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    /// <summary>The app's HttpClientFactory may dispose its handler chain; this provider keeps answering for as long as the test runs (the base class holds nothing).</summary>
    protected override void Dispose(bool disposing) => base.Dispose(disposing);

    private HttpResponseMessage Discovery()
    {
        Interlocked.Increment(ref _discoveryRequests);
        var document = new JsonObject
        {
            ["issuer"] = DocumentIssuer,
            ["authorization_endpoint"] = AuthorizationEndpoint.AbsoluteUri,
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = KeySetAddress,
            ["response_types_supported"] = new JsonArray("code"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256", "ES256"),
        };
        if (AdvertisesEndSession)
        {
            document["end_session_endpoint"] = EndSessionEndpoint.AbsoluteUri;
        }

        return Json(HttpStatusCode.OK, document);
    }

    private HttpResponseMessage Keys()
    {
        Interlocked.Increment(ref _keySetRequests);
        return Json(HttpStatusCode.OK, KeySet.Count == 0 ? TestJwt.KeySet(TestJwt.Jwk(SigningKey, SigningKeyId)) : KeySet);
    }

    private HttpResponseMessage Token(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, AuthenticationHeaderValue? authorization)
    {
        if (TokenEndpointAnswersHtml)
        {
            return new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html><body>Bad gateway</body></html>", Encoding.UTF8, "text/html") };
        }

        if (TokenError is { } error)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = error, ["error_description"] = "The user sanne.devries@esdoorn.example is blocked." });
        }

        if (!ClientAuthenticated(form, authorization))
        {
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["error"] = "invalid_client" });
        }

        var verifier = form.GetValueOrDefault("code_verifier").ToString();
        var pkceHolds = _grants.TryRemove(form.GetValueOrDefault("code").ToString(), out var grant)
            && Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == grant.CodeChallenge;
        if (!pkceHolds
            || form.GetValueOrDefault("grant_type") != "authorization_code"
            || form.GetValueOrDefault("redirect_uri") != grant!.RedirectUri)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "invalid_grant" });
        }

        var idToken = IdToken(grant.Nonce, grant.Subject, grant.Claims);
        IssuedIdTokens.Add(idToken);
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["access_token"] = "access-" + Guid.NewGuid().ToString("N"),
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = idToken,
        });
    }

    private bool ClientAuthenticated(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, AuthenticationHeaderValue? authorization)
    {
        if (!TakesClientSecretBasic)
        {
            return authorization is null && form.GetValueOrDefault("client_id") == ClientId && form.GetValueOrDefault("client_secret") == ClientSecret;
        }

        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        return authorization is { Scheme: "Basic" } && authorization.Parameter == expected && !form.ContainsKey("client_secret");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private sealed record Grant(string Nonce, string CodeChallenge, string RedirectUri, string Subject, Action<JsonObject>? Claims);
}
