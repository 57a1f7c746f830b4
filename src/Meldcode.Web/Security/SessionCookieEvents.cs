using Meldcode.Application.Authentication;
using Meldcode.Application.Common.Security;
using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security;

/// <summary>
/// Checks the session cookie on every request. It is refused at its absolute timeout (the cookie handler's
/// sliding expiry gives the idle timeout), without a recorded sign-in time, and — on the server — when its
/// session is gone (signed out, or the user was deactivated). Roles and name come from the database: when a
/// functioneel beheerder changed them, the session carries the new ones from this request on.
/// </summary>
internal sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    private readonly TimeProvider _timeProvider;
    private readonly SessionLifetimeOptions _options;
    private readonly CurrentUserContext _users;

    public SessionCookieEvents(TimeProvider timeProvider, IOptions<SessionLifetimeOptions> options, CurrentUserContext users)
    {
        _timeProvider = timeProvider;
        _options = options.Value;
        _users = users;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signedInAt = SessionClaims.SignedInAt(context.Properties);
        if (signedInAt is null || _timeProvider.GetUtcNow() - signedInAt.Value >= _options.AbsoluteTimeout)
        {
            await RejectAsync(context);
            return;
        }

        // One statement: the session is still open on the server, and its user active, with name and roles.
        var userId = SessionClaims.UserId(context.Principal);
        var sessionId = SessionClaims.SessionId(context.Principal);
        var user = userId is { } uid && sessionId is { } sid
            ? await _users.ForSessionAsync(uid, sid, context.HttpContext.RequestAborted)
            : null;
        if (user is null)
        {
            await RejectAsync(context);
            return;
        }

        var roles = user.Roles;
        if (user.Name != context.Principal!.Identity!.Name || !roles.SetEquals(SessionClaims.Roles(context.Principal)))
        {
            context.ReplacePrincipal(SessionClaims.ToPrincipal(new SignInIdentity(user.UserId, user.Name, roles, sessionId!.Value)));
            context.ShouldRenew = true;
            SessionEnd.Remember(context.HttpContext, SessionEnd.Of(_timeProvider.GetUtcNow() + _options.IdleTimeout, context.Properties, _options));
        }

        await base.ValidatePrincipal(context);
    }

    /// <summary>
    /// Runs before <see cref="ValidatePrincipal"/>: the handler slides the cookie once more than half its idle time
    /// has passed. Asking how long the session lasts (GET <see cref="SessionEndpoints.Path"/>) does not slide it, so a
    /// page left open does not keep its session alive; staying signed in (POST there) renews it itself, after its
    /// antiforgery check. Remembers when the session ends, for the page to show.
    /// </summary>
    public override async Task CheckSlidingExpiration(CookieSlidingExpirationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SessionEndpoints.IsSessionRequest(context.Request))
        {
            context.ShouldRenew = false;
        }

        await base.CheckSlidingExpiration(context);
        var now = _timeProvider.GetUtcNow();
        var idleEnd = context.ShouldRenew ? now + _options.IdleTimeout : context.Properties.ExpiresUtc ?? now + _options.IdleTimeout;
        SessionEnd.Remember(context.HttpContext, SessionEnd.Of(idleEnd, context.Properties, _options));
    }

    /// <summary>A browser (asking for HTML) is sent to the sign-in page; anything else (scripts, probes, API clients) gets a plain 401.</summary>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AsksForHtml(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Signed in but not allowed: a 403 with the Dutch error page, never a redirect — except for someone who
    /// holds no role yet, whose browser is shown "Wacht op toegang" instead.
    /// </summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SessionClaims.IsWaitingForAccess(context.HttpContext.User) && AsksForHtml(context.Request) && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(DependencyInjection.WaitingForAccessPath);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool AsksForHtml(HttpRequest request) => request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(SessionClaims.Scheme);
    }
}
