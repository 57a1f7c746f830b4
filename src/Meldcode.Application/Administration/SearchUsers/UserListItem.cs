using Meldcode.Application.Common.Users;

namespace Meldcode.Application.Administration.SearchUsers;

public sealed record UserListItem(Guid Id, string DisplayName, string? Email, bool IsActive, IReadOnlyList<RoleAssignmentDto> Roles)
{
    public bool IsWaitingForAccess => IsActive && Roles.Count == 0;
}
