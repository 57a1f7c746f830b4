using Meldcode.Application.Authentication.Queries.GetSignInIdentity;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Security.OpenIdConnect;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Support;

/// <summary>
/// Stands in for provisioning in the web tests: links the fake provider's subjects to seeded demo users, the
/// way the real implementation will link issuer + subject to a Meldcode user.
/// </summary>
public sealed class SeededUserSignIn : IExternalSignIn
{
    private static readonly Dictionary<string, string> UsersBySubject = new(StringComparer.Ordinal)
    {
        ["sub-sanne"] = "Sanne de Vries",
        ["sub-anna"] = "Anna Kowalczyk",
    };

    private readonly ApplicationDbContext _context;

    public SeededUserSignIn(ApplicationDbContext context)
    {
        _context = context;
    }

    public async Task<SignInIdentity?> FindUserAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.Issuer != FakeIdentityProvider.Authority || !UsersBySubject.TryGetValue(identity.Subject, out var name))
        {
            return null;
        }

        var user = await _context.Users.AsNoTracking().Include(u => u.Memberships)
            .SingleOrDefaultAsync(u => u.DisplayName == name && u.IsActive, cancellationToken);
        return user is null ? null : new SignInIdentity(user.Id, user.DisplayName, user.Roles);
    }
}
