using System.Globalization;
using System.Security.Claims;
using Meldcode.Application.Authentication.Queries.GetSignInIdentity;
using Meldcode.Domain.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Meldcode.Web.Security;

/// <summary>How a signed-in user is written into, and read from, the session cookie.</summary>
internal static class SessionClaims
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignedInAtItem = "meldcode.signed-in-at";

    public static ClaimsPrincipal ToPrincipal(SignInIdentity identity)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identity.UserId.ToString()),
            new(ClaimTypes.Name, identity.DisplayName),
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

    public static IReadOnlySet<Role> Roles(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
            ? principal.FindAll(ClaimTypes.Role)
                .Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null)
                .OfType<Role>()
                .ToHashSet()
            : new HashSet<Role>();
}
