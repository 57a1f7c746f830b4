using Meldcode.Application.AccessLog;
using System.Net;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Application.Drafts;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Live;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Configuration;
using Meldcode.Web.Drafts;
using Meldcode.Web.Filters;
using Meldcode.Web.Live;
using Meldcode.Web.Security;
using Meldcode.Web.Security.OpenIdConnect;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web;

internal static class DependencyInjection
{
    public const string CookieName = "__Host-Meldcode";
    public const string AntiforgeryCookieName = "__Host-Meldcode-Antiforgery";
    public const string DevelopmentAntiforgeryCookieName = "Meldcode-Antiforgery";
    public const string ConfirmationCookieName = "__Host-Meldcode-Bevestiging";
    public const string SignInPath = "/inloggen";
    public const string WaitingForAccessPath = "/wacht-op-toegang";

    /// <summary>
    /// The policy of the few pages a signed-in user without any role may open ("Wacht op toegang", signing
    /// out). Every other page needs a role (the default and fallback policies).
    /// </summary>
    public const string SignedInWithoutRolePolicy = "SignedInWithoutRole";

    /// <summary>The admin area (Pages/Admin): functioneel beheerders only. The use cases check this again.</summary>
    public const string AdministratorPolicy = "FunctionalAdministrator";

    /// <summary>The trainer's area (Pages/Training and the trainer's live updates): trainers only. The use cases check this again.</summary>
    public const string TrainerPolicy = "Trainer";
    public const string ReadyTag = "ready";

    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<IdentityProviderOptions>(configuration.GetSection(IdentityProviderOptions.SectionName));
        services.Configure<SessionLifetimeOptions>(configuration.GetSection(SessionLifetimeOptions.SectionName));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAccessContext, HttpAccessContext>();
        services.AddSingleton<ISignInSettings, SignInSettings>();
        services.AddSingleton<TagHelpers.TextLimits>();

        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options => options.Conventions
                .AuthorizeFolder("/Admin", AdministratorPolicy)
                .AuthorizeFolder("/Training", TrainerPolicy))
            .AddMvcOptions(options =>
            {
                options.Filters.Add<ApplicationExceptionPageFilter>();
                options.Filters.Add<FormDraftPageFilter>();
                options.Filters.Add<UnmatchedHandlerPageFilter>(); // last: the drafts filter answers its own handlers first
                DutchModelBindingMessages.Apply(options.ModelBindingMessageProvider);
            });

        services.AddAntiforgery(options =>
        {
            // The antiforgery system refuses a Secure-only cookie on a plain-http request, and a __Host-
            // cookie must be Secure. Development runs on http://localhost, so only there the cookie is
            // unprefixed and follows the request's scheme. The session cookie is __Host- everywhere
            // (browsers accept Secure cookies from localhost).
            var development = environment.IsDevelopment();
            options.Cookie.Name = development ? DevelopmentAntiforgeryCookieName : AntiforgeryCookieName;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });

        // TempData carries a saved change's confirmation to the next page, once (Presentation/Confirmations.cs). Only a
        // fixed key travels in it, encrypted by Data Protection, in a cookie as strict as the session's.
        services.Configure<CookieTempDataProviderOptions>(options => HostCookie(options.Cookie, ConfirmationCookieName));

        services.AddScoped<SessionCookieEvents>();
        services.AddAuthentication(SessionClaims.Scheme)
            .AddCookie(SessionClaims.Scheme, _ => { });
        services.AddOrganisationSignIn(configuration, environment);
        services.AddOptions<CookieAuthenticationOptions>(SessionClaims.Scheme)
            .Configure<IConfiguration, TimeProvider>((options, config, timeProvider) =>
            {
                var session = config.GetSection(SessionLifetimeOptions.SectionName).Get<SessionLifetimeOptions>() ?? new SessionLifetimeOptions();
                HostCookie(options.Cookie, CookieName);
                options.ExpireTimeSpan = session.IdleTimeout;
                options.SlidingExpiration = true;
                options.LoginPath = SignInPath;
                options.LogoutPath = "/uitloggen";
                options.ReturnUrlParameter = "terug";
                options.EventsType = typeof(SessionCookieEvents);
                options.TimeProvider = timeProvider;
            });

        // Deny by default: a page without its own rule needs a signed-in user who holds a role. Someone who
        // holds none yet (just provisioned) is refused everywhere and shown "Wacht op toegang" instead
        // (SessionCookieEvents.RedirectToAccessDenied); the few pages they may open say so with the policy below.
        var signedInWithRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(System.Security.Claims.ClaimTypes.Role).Build();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(signedInWithRole)
            .SetDefaultPolicy(signedInWithRole)
            .AddPolicy(SignedInWithoutRolePolicy, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(AdministratorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(Role.FunctionalAdministrator)))
            .AddPolicy(TrainerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(Role.Trainer)));

        // The live pages' signals: this process's hub, and with PostgreSQL also every other instance (LISTEN/NOTIFY, ADR 0012).
        services.AddLiveSignals<SessionSignals>();
        services.Configure<DilemmaSessionOptions>(configuration.GetSection(DilemmaSessionOptions.Section));
        services.AddHostedService<SessionHousekeepingService>();
        services.Configure<DraftOptions>(configuration.GetSection(DraftOptions.Section));
        services.AddHostedService<DraftHousekeepingService>();

        // Behind a TLS-terminating reverse proxy, take the client's scheme and address from the proxy's
        // X-Forwarded-* headers — but only from the proxies listed in ReverseProxy:KnownProxies (addresses) and
        // ReverseProxy:KnownNetworks (CIDR ranges). None by default, not even loopback: otherwise anything on the same
        // machine could claim any client address and so escape the sign-in rate limit. After this middleware,
        // HttpContext.Connection.RemoteIpAddress is the client's address as the trusted proxy reports it (or the
        // peer's own address without one): the one place the rate limit and the access log read it.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Without any trusted proxy the middleware would trust every sender (it checks only against a non-empty list).
            if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
            }
        });

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        services.AddExceptionHandler<StorageFailureExceptionHandler>();

        services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", tags: [ReadyTag]);

        return services;
    }

    /// <summary>A <c>__Host-</c> cookie for the whole site: Secure, HttpOnly, SameSite=Lax, and essential (the app does not work without it).</summary>
    private static void HostCookie(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.Path = "/";
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.IsEssential = true;
    }
}
