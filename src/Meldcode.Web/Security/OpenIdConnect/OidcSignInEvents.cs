using System.Net.Http.Headers;
using System.Text;
using Meldcode.Application.Authentication;
using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Meldcode's rules on the framework's OpenID Connect handler, one event each:
/// <list type="bullet">
/// <item><see cref="AuthorizationCodeReceived"/>: with <c>TokenEndpointAuthMethod = client_secret_basic</c>, the code
/// is redeemed with the client's credentials in an HTTP Basic header instead of the form (the handler only knows the form);</item>
/// <item><see cref="TokenValidated"/>: after the handler has checked the ID token (signature, algorithm, issuer,
/// audience, lifetime, nonce), the refusal of unsigned tokens, the multi-factor rule, then provisioning by issuer + <c>sub</c>; the ticket becomes
/// the Meldcode session (the same principal and session properties as the demo sign-in) for the session cookie;</item>
/// <item><see cref="RemoteFailure"/>: every way the callback can fail ends on a Dutch page, with a reason code in
/// the log and nothing else — no exception page, no provider message, no token;</item>
/// <item><see cref="SignedOutCallbackRedirect"/>: back from signing out at the provider, "Je bent uitgelogd".</item>
/// </list>
/// </summary>
internal sealed class OidcSignInEvents : OpenIdConnectEvents
{
    /// <summary>Set on the request once the code is being redeemed, so a provider error is known to come from the token endpoint.</summary>
    private const string RedeemingItem = "meldcode.oidc.redeeming";

    private readonly IExternalSignIn _externalSignIn;
    private readonly IdentityProviderOptions _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public OidcSignInEvents(IExternalSignIn externalSignIn, IOptions<IdentityProviderOptions> settings, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        _externalSignIn = externalSignIn;
        _settings = settings.Value;
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger(OrganisationSignIn.LogCategory);
    }

    public override async Task AuthorizationCodeReceived(AuthorizationCodeReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Items[RedeemingItem] = true;
        if (_settings.TokenEndpointAuthMethod != IdentityProviderOptions.ClientSecretBasic || context.TokenEndpointRequest is not { } request)
        {
            return;
        }

        // RFC 6749, 2.3.1: client id and secret, each form-encoded, as the user name and password of HTTP Basic.
        var credentials = $"{Uri.EscapeDataString(request.ClientId ?? string.Empty)}:{Uri.EscapeDataString(request.ClientSecret ?? string.Empty)}";
        request.ClientSecret = null;
        var tokenEndpoint = request.TokenEndpoint
            ?? (await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted)).TokenEndpoint;
        using var message = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
        {
            Content = new FormUrlEncodedContent(request.Parameters),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await context.Backchannel.SendAsync(message, context.HttpContext.RequestAborted);
        var body = await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted);
        OpenIdConnectMessage tokens;
        try
        {
            tokens = new OpenIdConnectMessage(body);
        }
        catch (ArgumentException)
        {
            context.Fail(new SignInRefusedException(SignInFailure.Rejected, "token-endpoint:not-json"));
            return;
        }

        if (!response.IsSuccessStatusCode || !string.IsNullOrEmpty(tokens.Error))
        {
            context.Fail(new SignInRefusedException(SignInFailure.Rejected, "token-endpoint:" + OrganisationSignIn.ProtocolCode(tokens.Error ?? "none")));
            return;
        }

        context.HandleCodeRedemption(tokens);
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var idToken = context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage.IdToken;
        var token = new JsonWebToken(idToken);

        // The handler does not require a signature on an ID token from the token endpoint (OpenID Connect Core
        // 3.1.3.7 allows trusting TLS there); a signed one it checks against ValidAlgorithms. Meldcode requires one.
        if (!token.IsSigned || !OrganisationSignIn.SigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            context.Fail(new SignInRefusedException(SignInFailure.Rejected, "id-token:NotSigned"));
            return;
        }

        var external = ExternalIdentity.From(token, _settings.RoleClaim);
        if (_settings.RequireMfa && !MultiFactorRule.IsSatisfied(external.AuthenticationMethods, external.AuthenticationContext, _settings.MfaAcrValues))
        {
            context.Fail(new SignInRefusedException(SignInFailure.MfaRequired, "mfa-missing"));
            return;
        }

        var outcome = await _externalSignIn.SignInAsync(external, context.HttpContext.RequestAborted);
        if (outcome.Identity is not { } user)
        {
            context.Fail(outcome.Refusal == SignInRefusal.Deactivated
                ? new SignInRefusedException(SignInFailure.Deactivated, "user-deactivated")
                : new SignInRefusedException(SignInFailure.NoAccess, "no-organisation"));
            return;
        }

        var session = SessionClaims.NewSessionProperties(_timeProvider.GetUtcNow());
        session.RedirectUri = context.Properties?.RedirectUri;
        session.StoreTokens([new AuthenticationToken { Name = OrganisationSignIn.IdTokenName, Value = idToken }]);
        context.Principal = SessionClaims.ToPrincipal(user);
        context.Properties = session;
        _logger.LogInformation("Signed in through the identity provider.");
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (failure, reason) = Classify(context.Failure, context.HttpContext.Items.ContainsKey(RedeemingItem));
        _logger.LogWarning("Sign-in through the identity provider failed: {Reason}.", reason);
        context.Response.Redirect(OrganisationSignIn.FailurePath(failure));
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>Whatever the provider sends back after signing out there (with or without <c>state</c>), the person lands on "Je bent uitgelogd".</summary>
    public override Task SignedOutCallbackRedirect(RemoteSignOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Redirect(OrganisationSignIn.SignedOutPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>The page to show and a reason code for the log; never the exception's message, which may quote the provider.</summary>
    private static (SignInFailure Failure, string Reason) Classify(Exception? exception, bool redeeming) => exception switch
    {
        SignInRefusedException refused => (refused.Failure, refused.Message),
        IdentityProviderUnavailableException => (SignInFailure.ProviderUnavailable, "provider-unavailable"),
        HttpRequestException { HttpRequestError: var error } => (SignInFailure.ProviderUnavailable, $"provider-unreachable:{error}"),
        TaskCanceledException or TimeoutException => (SignInFailure.ProviderUnavailable, "provider-timeout"),
        { Message: "Correlation failed." } => (SignInFailure.Rejected, "correlation-failed"),
        { Message: "Unable to unprotect the message.State." } or { Message: "OpenIdConnectAuthenticationHandler: message.State is null or empty." } => (SignInFailure.Rejected, "state-invalid"),
        OpenIdConnectProtocolInvalidNonceException => (SignInFailure.Rejected, "id-token:NonceMismatch"),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => (SignInFailure.Rejected, "id-token:BadSignature"),
        SecurityTokenInvalidAlgorithmException => (SignInFailure.Rejected, "id-token:AlgorithmNotAllowed"),
        SecurityTokenInvalidIssuerException => (SignInFailure.Rejected, "id-token:WrongIssuer"),
        SecurityTokenInvalidAudienceException => (SignInFailure.Rejected, "id-token:WrongAudience"),
        SecurityTokenExpiredException or SecurityTokenNotYetValidException or SecurityTokenNoExpirationException => (SignInFailure.Rejected, "id-token:OutsideLifetime"),
        SecurityTokenException or OpenIdConnectProtocolException when exception.Data["error"] is not string => (SignInFailure.Rejected, "id-token:" + exception.GetType().Name),
        not null when exception.Data["error"] is string { Length: > 0 } error =>
            (SignInFailure.Rejected, (redeeming ? "token-endpoint:" : "provider-error:") + OrganisationSignIn.ProtocolCode(error)),
        _ => (SignInFailure.Rejected, "callback-rejected:" + (exception?.GetType().Name ?? "no-exception")),
    };
}
