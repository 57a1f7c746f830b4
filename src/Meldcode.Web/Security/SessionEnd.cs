using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.Authentication;

namespace Meldcode.Web.Security;

/// <summary>
/// When the session of this request ends, as the cookie handler decided it while checking the cookie (slid
/// forward or not), and whether staying signed in can move it: not when the absolute timeout comes first. The layout
/// tells the page (so it can warn in time), and the session and draft endpoints tell a script after each request.
/// </summary>
internal sealed record SessionEnd(DateTimeOffset At, bool CanExtend)
{
    private const string ItemKey = "meldcode.session-end";

    /// <summary>The end of a session whose idle time runs out at <paramref name="idleEnd"/>: that, or its absolute timeout if that comes first.</summary>
    public static SessionEnd Of(DateTimeOffset idleEnd, AuthenticationProperties properties, SessionLifetimeOptions options)
    {
        var absoluteEnd = SessionClaims.SignedInAt(properties) is { } signedInAt ? signedInAt + options.AbsoluteTimeout : idleEnd;
        return absoluteEnd <= idleEnd ? new SessionEnd(absoluteEnd, CanExtend: false) : new SessionEnd(idleEnd, CanExtend: true);
    }

    public static void Remember(HttpContext context, SessionEnd end) => context.Items[ItemKey] = end;

    public static SessionEnd? For(HttpContext context) => context.Items.TryGetValue(ItemKey, out var end) ? end as SessionEnd : null;

    /// <summary>Whole seconds left, never negative.</summary>
    public int SecondsLeft(DateTimeOffset now) => (int)Math.Max(0, Math.Floor((At - now).TotalSeconds));
}
