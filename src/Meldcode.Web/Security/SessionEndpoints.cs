using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security;

/// <summary>
/// What the session-expiry warning (wwwroot/js/session.js) asks, at one address: how long the session still lasts (a
/// GET, which does not extend it: a page left open must not keep its session alive), and "Ingelogd blijven" (a POST
/// with the antiforgery token, which renews the cookie). Both answer with the seconds left; a session that has ended
/// answers 401 (the cookie handler, for a request that does not ask for HTML).
/// </summary>
internal static class SessionEndpoints
{
    public const string Path = "/sessie";

    public static bool IsSessionRequest(HttpRequest request) => request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, TimeProvider clock) => Answer(context, SessionEnd.For(context), clock))
            .RequireAuthorization(DependencyInjection.SignedInWithoutRolePolicy);

        app.MapPost(Path, async (HttpContext context, IAntiforgery antiforgery, TimeProvider clock, IOptions<SessionLifetimeOptions> options) =>
            {
                try
                {
                    await antiforgery.ValidateRequestAsync(context);
                }
                catch (AntiforgeryValidationException)
                {
                    return Results.BadRequest();
                }

                var current = await context.AuthenticateAsync(SessionClaims.Scheme);
                if (!current.Succeeded || current.Properties is null)
                {
                    return Results.Unauthorized();
                }

                // Signing in again with the same principal and properties (the sign-in time stays, so the absolute
                // timeout stays too) issues a cookie whose idle time starts now.
                var properties = current.Properties;
                properties.IssuedUtc = null;
                properties.ExpiresUtc = null;
                await context.SignInAsync(SessionClaims.Scheme, current.Principal, properties);
                var end = SessionEnd.Of(clock.GetUtcNow() + options.Value.IdleTimeout, properties, options.Value);
                SessionEnd.Remember(context, end);
                return Answer(context, end, clock);
            })
            .RequireAuthorization(DependencyInjection.SignedInWithoutRolePolicy);
    }

    private static IResult Answer(HttpContext context, SessionEnd? end, TimeProvider clock)
    {
        context.Response.Headers.CacheControl = "no-store";
        return end is null
            ? Results.Unauthorized()
            : Results.Json(new SessionStatus(end.SecondsLeft(clock.GetUtcNow()), end.CanExtend));
    }

    /// <summary>The answer: seconds until the session ends, and whether staying signed in can move that.</summary>
    internal sealed record SessionStatus(int EndsIn, bool CanExtend);
}
