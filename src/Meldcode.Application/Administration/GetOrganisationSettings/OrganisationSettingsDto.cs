using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.GetOrganisationSettings;

public sealed record OrganisationSettingsDto(
    string Name,
    Sector Sector,
    string? VeiligThuisRegion,
    int? RetentionYears,
    int? StaffConcernRetentionYears,
    int Version,
    CampaignWeek CampaignWeek,
    bool FourEyesOnReports,
    Guid? NamedReviewerId,
    int StalledAfterWorkingDays)
{
    /// <summary>Who may be named as reviewer: active aandachtsfunctionarissen and board members, by name.</summary>
    public IReadOnlyList<ReviewerChoice> ReviewerChoices { get; init; } = [];
}

/// <summary>Someone who may review decisions for a team with nobody else, with their roles in words (e.g. "aandachtsfunctionaris De Regenboog").</summary>
public sealed record ReviewerChoice(Guid UserId, string Name, string Roles);
