using Meldcode.Domain.Users;

namespace Meldcode.Application.Common.Interfaces;

/// <summary>The signed-in user of the current request (a port: the web layer fills it from the session).</summary>
public interface ICurrentUser
{
    /// <summary>The user's identifier, or null for an anonymous request.</summary>
    Guid? UserId { get; }

    IReadOnlySet<Role> Roles { get; }
}
