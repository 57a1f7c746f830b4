using Meldcode.Application.Common.Interfaces;
using Meldcode.Domain.Users;

namespace Meldcode.Web.Security;

/// <summary>The signed-in user, read from the session cookie's claims.</summary>
internal sealed class HttpCurrentUser : ICurrentUser
{
    private readonly IHttpContextAccessor _accessor;

    public HttpCurrentUser(IHttpContextAccessor accessor)
    {
        _accessor = accessor;
    }

    public Guid? UserId => SessionClaims.UserId(_accessor.HttpContext?.User);

    public IReadOnlySet<Role> Roles => SessionClaims.Roles(_accessor.HttpContext?.User);
}
