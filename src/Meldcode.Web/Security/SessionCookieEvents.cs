using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security;

/// <summary>
/// Ends a session at its absolute timeout (the cookie handler's sliding expiry gives the idle timeout),
/// and refuses sessions without a recorded sign-in time.
/// </summary>
internal sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    private readonly TimeProvider _timeProvider;
    private readonly SessionLifetimeOptions _options;

    public SessionCookieEvents(TimeProvider timeProvider, IOptions<SessionLifetimeOptions> options)
    {
        _timeProvider = timeProvider;
        _options = options.Value;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signedInAt = SessionClaims.SignedInAt(context.Properties);
        if (signedInAt is null || _timeProvider.GetUtcNow() - signedInAt.Value >= _options.AbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SessionClaims.Scheme);
            return;
        }

        await base.ValidatePrincipal(context);
    }

    /// <summary>A browser (asking for HTML) is sent to the sign-in page; anything else (scripts, probes, API clients) gets a plain 401.</summary>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }

    /// <summary>Signed in but not allowed: a 403 with the Dutch error page, never a redirect.</summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
