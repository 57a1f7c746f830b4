using Meldcode.Application.Common.Users;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Home.GetStartPage;

/// <summary>
/// The start page; <see cref="Campaign"/> is set only during the organisation's Week tegen Kindermishandeling (Dutch date).
/// <see cref="Sectors"/>: the sectors the user works in (their teams'), or the organisation's when they hold no team role.
/// </summary>
public sealed record StartPageDto(string DisplayName, string OrganisationName, IReadOnlyList<Sector> Sectors, IReadOnlyList<RoleAssignmentDto> Roles, CampaignNotice? Campaign);
