using Meldcode.Domain.Users;

namespace Meldcode.Application.Common.Security;

/// <summary>
/// Declares who may send a request: any signed-in user who holds a role, or (with roles) a signed-in user
/// holding at least one of the roles. Every request must declare this or <see cref="AllowAnonymousRequestAttribute"/>;
/// a request that declares neither is refused (deny by default). A signed-in user without any role (waiting
/// for access) is refused too, unless the request also carries <see cref="AllowWithoutRoleAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public AuthorizeAttribute(params Role[] roles)
    {
        Roles = roles;
    }

    /// <summary>Any of these roles suffices; empty means any signed-in user who holds a role.</summary>
    public IReadOnlyList<Role> Roles { get; }
}

/// <summary>The request may be sent without a signed-in user (only the sign-in use cases).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AllowAnonymousRequestAttribute : Attribute
{
}

/// <summary>
/// With <see cref="AuthorizeAttribute"/> without roles: a signed-in user who holds no role yet (waiting for
/// access) may send the request too. Only for what the "wacht op toegang" page and signing out need.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AllowWithoutRoleAttribute : Attribute
{
}
