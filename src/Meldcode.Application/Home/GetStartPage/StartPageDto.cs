using Meldcode.Application.Common.Users;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Home.GetStartPage;

public sealed record StartPageDto(string DisplayName, string OrganisationName, Sector Sector, IReadOnlyList<RoleAssignmentDto> Roles);
