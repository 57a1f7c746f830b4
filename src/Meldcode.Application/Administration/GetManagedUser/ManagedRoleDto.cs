using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GetManagedUser;

public sealed record ManagedRoleDto(Role Role, Guid? TeamId, string? TeamName);
