using System.Globalization;
using System.Security.Claims;
using Meldcode.Application.Authentication;
using Meldcode.Domain.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Meldcode.Web.Security;

/// <summary>How a signed-in user is written into, and read from, the session cookie.</summary>
internal static class SessionClaims
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignedInAtItem = "meldcode.signed-in-at";

    /// <summary>The claim naming the server-side session (<c>UserSessions</c>) the cookie belongs to.</summary>
    public const string SessionIdClaim = "meldcode:session";

    public static ClaimsPrincipal ToPrincipal(SignInIdentity identity)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identity.UserId.ToString()),
            new(ClaimTypes.Name, identity.DisplayName),
            new(SessionIdClaim, identity.SessionId.ToString()),
        };
        claims.AddRange(identity.Roles.Select(role => new Claim(ClaimTypes.Role, role.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static AuthenticationProperties NewSessionProperties(DateTimeOffset now) => new()
    {
        IsPersistent = false,
        Items = { [SignedInAtItem] = now.ToString("O", CultureInfo.InvariantCulture) },
    };

    public static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtItem, out var value)
        && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    public static Guid? UserId(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
        && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : null;

    public static Guid? SessionId(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
        && Guid.TryParse(principal.FindFirstValue(SessionIdClaim), out var id)
            ? id
            : null;

    /// <summary>True for a signed-in user who holds no role yet: they see "Wacht op toegang" and nothing else.</summary>
    public static bool IsWaitingForAccess(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && !principal.HasClaim(c => c.Type == ClaimTypes.Role);

    public static IReadOnlySet<Role> Roles(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
            ? principal.FindAll(ClaimTypes.Role)
                .Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null)
                .OfType<Role>()
                .ToHashSet()
            : new HashSet<Role>();
}
