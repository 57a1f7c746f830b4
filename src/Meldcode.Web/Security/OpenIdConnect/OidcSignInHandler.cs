using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Meldcode.Application.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// OpenID Connect's authorization code flow on the framework's OAuth handler. The base class keeps doing
/// what it does well — <c>state</c> protected with Data Protection and bound to the browser by the
/// correlation cookie, the callback endpoint, the redirect afterwards — and this class adds discovery,
/// PKCE (S256), the nonce, the ID token check and the mapping to a Meldcode session.
/// <para>
/// The nonce is bound to the browser through the protected <see cref="AuthenticationProperties"/> that
/// travel in <c>state</c>: only this server can read or alter them, and they only count together with the
/// one-time correlation cookie the challenge set in this browser. The PKCE code verifier travels the same way.
/// </para>
/// </summary>
internal sealed class OidcSignInHandler : OAuthHandler<OidcSignInOptions>
{
    public const string NonceItem = "meldcode.oidc.nonce";

    private readonly OidcConfigurationManager _configurationManager;
    private readonly IdTokenVerifier _verifier;
    private readonly IExternalSignIn _externalSignIn;
    private readonly IHttpClientFactory _httpClients;
    private readonly ILogger _securityLog;
    private OidcProviderConfiguration? _configuration;

    public OidcSignInHandler(
        IOptionsMonitor<OidcSignInOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        OidcConfigurationManager configurationManager,
        IdTokenVerifier verifier,
        IExternalSignIn externalSignIn,
        IHttpClientFactory httpClients)
        : base(options, logger, encoder)
    {
        _configurationManager = configurationManager;
        _verifier = verifier;
        _externalSignIn = externalSignIn;
        _httpClients = httpClients;
        _securityLog = logger.CreateLogger(OrganisationSignIn.LogCategory);
    }

    /// <summary>Besides the callback, answers the provider's return after signing out there.</summary>
    public override async Task<bool> HandleRequestAsync()
    {
        if (Options.SignedOutCallbackPath.HasValue && Request.Path == Options.SignedOutCallbackPath)
        {
            Response.Redirect(OrganisationSignIn.SignedOutPath);
            return true;
        }

        return await base.HandleRequestAsync();
    }

    /// <summary>A refusal from any step of the callback becomes a failed result, so it reaches the RemoteFailure event with its reason.</summary>
    protected override async Task<HandleRequestResult> HandleRemoteAuthenticateAsync()
    {
        try
        {
            return await base.HandleRemoteAuthenticateAsync();
        }
        catch (SignInRefusedException refused)
        {
            return HandleRequestResult.Fail(refused);
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        try
        {
            _configuration = await _configurationManager.GetConfigurationAsync(Context.RequestAborted);
        }
        catch (IdentityProviderUnavailableException exception)
        {
            _securityLog.LogError("Sign-in could not start because the identity provider is unavailable. {Problem}", exception.Message);
            Response.Redirect(OrganisationSignIn.FailurePath(SignInFailure.ProviderUnavailable));
            return;
        }

        properties.Items[NonceItem] = RandomValue();
        await base.HandleChallengeAsync(properties);
    }

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        var configuration = _configuration ?? throw new InvalidOperationException("The challenge URL is built only after discovery.");
        var codeVerifier = RandomValue();
        properties.Items[OAuthConstants.CodeVerifierKey] = codeVerifier;

        var parameters = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = Options.ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = FormatScope(),
            ["nonce"] = properties.Items[NonceItem],
            [OAuthConstants.CodeChallengeKey] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier))),
            [OAuthConstants.CodeChallengeMethodKey] = OAuthConstants.CodeChallengeMethodS256,
        };
        if (Options.RequireMfa && Options.MfaAcrValues.Count > 0)
        {
            parameters["acr_values"] = string.Join(' ', Options.MfaAcrValues);
        }

        parameters["state"] = Options.StateDataFormat.Protect(properties);
        return QueryHelpers.AddQueryString(configuration.AuthorizationEndpoint.OriginalString, parameters);
    }

    /// <summary>Redeems the code at the discovered token endpoint, with the PKCE verifier; provider errors become reason codes, never messages.</summary>
    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var codeVerifier) || string.IsNullOrEmpty(codeVerifier))
        {
            return OAuthTokenResponse.Failed(new SignInRefusedException(SignInFailure.Rejected, "code-verifier-missing"));
        }

        try
        {
            var configuration = await _configurationManager.GetConfigurationAsync(Context.RequestAborted);
            using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = context.Code,
                ["redirect_uri"] = context.RedirectUri,
                ["client_id"] = Options.ClientId,
                ["client_secret"] = Options.ClientSecret,
                [OAuthConstants.CodeVerifierKey] = codeVerifier,
            });

            using var client = _httpClients.CreateClient(OrganisationSignIn.HttpClientName);
            using var response = await client.SendAsync(request, Context.RequestAborted);
            var body = await response.Content.ReadAsStringAsync(Context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                return OAuthTokenResponse.Failed(new SignInRefusedException(SignInFailure.Rejected, $"token-endpoint:{(int)response.StatusCode}:{ErrorCode(body)}"));
            }

            return OAuthTokenResponse.Success(JsonDocument.Parse(body, JoseJson.Options));
        }
        catch (IdentityProviderUnavailableException exception)
        {
            _securityLog.LogError("The authorization code could not be redeemed because the identity provider is unavailable. {Problem}", exception.Message);
            return OAuthTokenResponse.Failed(new SignInRefusedException(SignInFailure.ProviderUnavailable, "provider-unavailable"));
        }
        catch (HttpRequestException exception)
        {
            return OAuthTokenResponse.Failed(new SignInRefusedException(SignInFailure.ProviderUnavailable, $"token-endpoint-unreachable:{exception.HttpRequestError}"));
        }
        catch (TaskCanceledException) when (!Context.RequestAborted.IsCancellationRequested)
        {
            return OAuthTokenResponse.Failed(new SignInRefusedException(SignInFailure.ProviderUnavailable, "token-endpoint-timeout"));
        }
        catch (JsonException)
        {
            return OAuthTokenResponse.Failed(new SignInRefusedException(SignInFailure.Rejected, "token-response-invalid"));
        }
    }

    /// <summary>
    /// Verifies the ID token, applies the multi-factor rule, finds the Meldcode user and returns the session
    /// ticket for the cookie scheme — the same principal and session properties as the demo sign-in, plus the
    /// ID token (inside the encrypted cookie) as the hint for signing out at the provider.
    /// </summary>
    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(tokens);
        var idToken = tokens.Response?.RootElement.OptionalString("id_token")
            ?? throw new SignInRefusedException(SignInFailure.Rejected, "id-token-missing");
        if (!properties.Items.Remove(NonceItem, out var nonce) || string.IsNullOrEmpty(nonce))
        {
            throw new SignInRefusedException(SignInFailure.Rejected, "nonce-not-in-state");
        }

        IdTokenValidationResult result;
        try
        {
            result = await _verifier.VerifyAsync(idToken, nonce, Context.RequestAborted);
        }
        catch (IdentityProviderUnavailableException exception)
        {
            _securityLog.LogError("The ID token could not be checked because the identity provider is unavailable. {Problem}", exception.Message);
            throw new SignInRefusedException(SignInFailure.ProviderUnavailable, "provider-unavailable");
        }

        var token = result.Token ?? throw new SignInRefusedException(SignInFailure.Rejected, $"id-token:{result.Failure}");
        var external = ExternalIdentity.From(token, Options.RoleClaim);
        if (Options.RequireMfa && !MultiFactorRule.IsSatisfied(external.AuthenticationMethods, external.AuthenticationContext, Options.MfaAcrValues))
        {
            throw new SignInRefusedException(SignInFailure.MfaRequired, "mfa-missing");
        }

        var outcome = await _externalSignIn.SignInAsync(external, Context.RequestAborted);
        var user = outcome.Identity ?? throw (outcome.Refusal == SignInRefusal.Deactivated
            ? new SignInRefusedException(SignInFailure.Deactivated, "user-deactivated")
            : new SignInRefusedException(SignInFailure.NoAccess, "no-organisation"));

        var session = SessionClaims.NewSessionProperties(TimeProvider.GetUtcNow());
        session.RedirectUri = properties.RedirectUri;
        session.StoreTokens([new AuthenticationToken { Name = OrganisationSignIn.IdTokenName, Value = idToken }]);
        _securityLog.LogInformation("Signed in through the identity provider.");
        return new AuthenticationTicket(SessionClaims.ToPrincipal(user), session, Scheme.Name);
    }

    private static string RandomValue() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The RFC 6749 <c>error</c> code of a token endpoint answer, reduced to safe characters; never the description.</summary>
    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return OrganisationSignIn.ProtocolCode(document.RootElement.OptionalString("error") ?? "none");
        }
        catch (JsonException)
        {
            return "not-json";
        }
    }
}
