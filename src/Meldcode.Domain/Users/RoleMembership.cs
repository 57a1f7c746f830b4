namespace Meldcode.Domain.Users;

/// <summary>One role a user holds, for one team (team-scoped roles) or for the whole organisation.</summary>
public sealed class RoleMembership
{
    internal RoleMembership(Guid id, Guid userId, Role role, Guid? teamId)
    {
        Id = id;
        UserId = userId;
        Role = role;
        TeamId = teamId;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Role Role { get; private set; }

    /// <summary>The team or location, for team-scoped roles; otherwise null.</summary>
    public Guid? TeamId { get; private set; }
}
