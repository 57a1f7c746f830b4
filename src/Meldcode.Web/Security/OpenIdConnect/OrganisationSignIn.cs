using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Registration of sign-in through the organisation's OpenID Connect provider: the framework's handler
/// (<c>AddOpenIdConnect</c>), configured from <c>Authentication:Oidc</c>, with Meldcode's rules in <see cref="OidcSignInEvents"/>.
/// </summary>
internal static class OrganisationSignIn
{
    public const string Scheme = "oidc";
    public const string HttpClientName = "Meldcode.OpenIdConnect";
    public const string IdTokenName = "id_token";
    public const string FailedPath = "/inloggen/mislukt";
    public const string MfaRequiredPath = "/inloggen/extra-stap-nodig";
    public const string SignedOutPath = DependencyInjection.SignInPath + "?uitgelogd=true";

    /// <summary>The log category of the sign-in's own security messages (reason codes only).</summary>
    public const string LogCategory = "Meldcode.Web.Security.OpenIdConnect.SignIn";

    public static readonly TimeSpan BackchannelTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The ID token's signing algorithms Meldcode accepts; <c>none</c>, the HMAC family (<c>HS*</c>) and all others are refused.</summary>
    public static readonly IReadOnlyList<string> SigningAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Registers the provider's back channel, sign-out and rate limits always, and the framework's OpenID Connect
    /// handler as the <see cref="Scheme"/> authentication scheme only when a provider is configured (otherwise the
    /// demo sign-in of Development is in use, and the app refuses to start anywhere else).
    /// </summary>
    public static IServiceCollection AddOrganisationSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.Configure<SignInRateLimitOptions>(configuration.GetSection(SignInRateLimitOptions.SectionName));

        services.AddHttpClient(HttpClientName, client =>
            {
                client.Timeout = BackchannelTimeout;
                client.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddSingleton(provider => ProviderConfigurationManager.Create(
            provider.GetRequiredService<IOptions<IdentityProviderOptions>>().Value,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            requireHttps: !environment.IsDevelopment(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<OidcSignInEvents>();
        services.AddScoped<IProviderSignOut, ProviderSignOut>();
        services.TryAddScoped<IExternalSignIn, OrganisationAccountSignIn>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<IdentityProviderOptions>, IOptions<SignInRateLimitOptions>>((options, provider, limits) =>
                SignInRateLimits.Apply(options, provider.Value, limits.Value));

        var provider = configuration.GetSection(IdentityProviderOptions.SectionName).Get<IdentityProviderOptions>() ?? new IdentityProviderOptions();
        if (!provider.IsConfigured)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, "Organisatie", _ => { });

        // The framework's handler logs the provider's error and error_description (which can name the person, as
        // Entra ID's do) at Error, and exceptions that quote them. Meldcode logs a reason code per failure instead
        // (OidcSignInEvents), so the handler's own category is silenced.
        services.Configure<LoggerFilterOptions>(options => options.AddFilter(typeof(OpenIdConnectHandler).FullName, LogLevel.None));
        services.AddOptions<OpenIdConnectOptions>(Scheme)
            .Configure<IOptions<IdentityProviderOptions>, IHttpClientFactory, ProviderConfigurationManager>((options, identityProvider, httpClients, configurationManager) =>
                Configure(options, identityProvider.Value, httpClients.CreateClient(HttpClientName), configurationManager, environment));

        return services;
    }

    /// <summary>The handler's settings: code flow with PKCE, nonce and state (the handler's defaults), Meldcode's back channel and rules.</summary>
    private static void Configure(OpenIdConnectOptions options, IdentityProviderOptions settings, HttpClient backchannel, ProviderConfigurationManager configurationManager, IHostEnvironment environment)
    {
        options.SignInScheme = SessionClaims.Scheme;
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.CallbackPath = settings.CallbackPath;
        options.SignedOutCallbackPath = settings.SignedOutCallbackPath;
        options.RemoteSignOutPath = default; // no front-channel logout: sessions end here or when they expire
        options.Scope.Clear();
        foreach (var scope in settings.EffectiveScopes())
        {
            options.Scope.Add(scope);
        }

        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.MapInboundClaims = false;
        options.ClaimActions.Clear();
        options.DisableTelemetry = true;
        if (settings.RequireMfa && settings.MfaAcrValues.Count > 0)
        {
            options.AdditionalAuthorizationParameters["acr_values"] = string.Join(' ', settings.MfaAcrValues);
        }

        options.TokenValidationParameters.ValidAlgorithms = SigningAlgorithms;
        options.TokenValidationParameters.ClockSkew = ClockSkew;
        options.ConfigurationManager = configurationManager;
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        options.Backchannel = backchannel;
        options.BackchannelTimeout = BackchannelTimeout;
        options.EventsType = typeof(OidcSignInEvents);

        // The code comes back in the query string of a top-level GET, which Lax cookies accompany.
        // Development runs on plain http, so there the cookies follow the request's scheme (as antiforgery's does).
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        }
    }

    /// <summary>The Dutch page that explains a failed sign-in.</summary>
    public static string FailurePath(SignInFailure failure) => failure switch
    {
        SignInFailure.ProviderUnavailable => FailedPath + "?reden=onbereikbaar",
        SignInFailure.NoAccess => FailedPath + "?reden=geen-toegang",
        SignInFailure.Deactivated => FailedPath + "?reden=gedeactiveerd",
        SignInFailure.MfaRequired => MfaRequiredPath,
        _ => FailedPath,
    };

    /// <summary>A protocol code from outside (such as OAuth's <c>error</c>), cut to letters, digits, '_' and '-', at most 40 characters, fit for a log line.</summary>
    public static string ProtocolCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = new string(value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').Take(40).ToArray());
        return safe.Length == 0 ? "unknown" : safe;
    }
}
