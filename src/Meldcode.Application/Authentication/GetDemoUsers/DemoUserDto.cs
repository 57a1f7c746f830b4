using Meldcode.Application.Common.Users;

namespace Meldcode.Application.Authentication.GetDemoUsers;

public sealed record DemoUserDto(Guid Id, string DisplayName, string OrganisationName, bool IsActive, IReadOnlyList<RoleAssignmentDto> Roles);
