using Meldcode.Application.Common.Users;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Home.GetStartPage;

/// <summary>The start page; <see cref="Campaign"/> is set only during the organisation's Week tegen Kindermishandeling (Dutch date).</summary>
public sealed record StartPageDto(string DisplayName, string OrganisationName, Sector Sector, IReadOnlyList<RoleAssignmentDto> Roles, CampaignNotice? Campaign);
