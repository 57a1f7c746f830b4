using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.GetOrganisationSettings;

public sealed record OrganisationSettingsDto(string Name, Sector Sector, string? VeiligThuisRegion, int? RetentionYears, int Version, CampaignWeek CampaignWeek);
