using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Registration of sign-in through the organisation's OpenID Connect provider — the one place to change
/// when the framework's <c>AddOpenIdConnect</c> becomes available.
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

    /// <summary>
    /// Registers the provider's back channel, discovery, token validation, sign-out and rate limits always,
    /// and the <see cref="Scheme"/> authentication scheme only when a provider is configured (otherwise the
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
        services.AddSingleton<OidcConfigurationManager>();
        services.AddSingleton<IdTokenVerifier>();
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

        services.AddAuthentication().AddOAuth<OidcSignInOptions, OidcSignInHandler>(Scheme, "Organisatie", _ => { });

        // The framework's base handler logs a provider's error_description (which can name the person, as
        // Entra ID's do) at Information under the handler's category. Only its warnings and errors are kept.
        services.Configure<LoggerFilterOptions>(options => options.AddFilter(typeof(OidcSignInHandler).FullName, LogLevel.Warning));
        services.AddOptions<OidcSignInOptions>(Scheme)
            .Configure<IOptions<IdentityProviderOptions>, IHttpClientFactory>((options, identityProvider, httpClients) =>
            {
                var settings = identityProvider.Value;
                options.SignInScheme = SessionClaims.Scheme;
                options.ClientId = settings.ClientId ?? string.Empty;
                options.ClientSecret = settings.ClientSecret ?? string.Empty;
                options.CallbackPath = settings.CallbackPath;
                options.SignedOutCallbackPath = settings.SignedOutCallbackPath;
                options.Scope.Clear();
                foreach (var scope in settings.EffectiveScopes())
                {
                    options.Scope.Add(scope);
                }

                options.UsePkce = true;
                options.SaveTokens = false;
                options.RequireMfa = settings.RequireMfa;
                options.RoleClaim = settings.RoleClaim;
                foreach (var acr in settings.MfaAcrValues)
                {
                    options.MfaAcrValues.Add(acr);
                }

                options.Backchannel = httpClients.CreateClient(HttpClientName);
                options.BackchannelTimeout = BackchannelTimeout;
                options.EventsType = typeof(OidcSignInEvents);

                // The code comes back in the query string of a top-level GET, which Lax cookies accompany.
                // Development runs on plain http, so there the cookie follows the request's scheme (as antiforgery's does).
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });

        return services;
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
