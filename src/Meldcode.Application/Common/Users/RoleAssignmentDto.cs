using Meldcode.Domain.Users;

namespace Meldcode.Application.Common.Users;

/// <summary>A role a user holds, with the name of its team for team-scoped roles.</summary>
public sealed record RoleAssignmentDto(Role Role, string? TeamName);
