using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Web.Presentation;

/// <summary>The Dutch words the interface uses for domain values (see docs/glossary.md).</summary>
public static class DutchLabels
{
    public static string For(Role role) => role switch
    {
        Role.Professional => "Professional",
        Role.SafeguardingLead => "Aandachtsfunctionaris",
        Role.Trainer => "Trainer",
        Role.FunctionalAdministrator => "Functioneel beheerder",
        Role.PrivacyOfficer => "Functionaris gegevensbescherming",
        Role.Board => "Bevoegd gezag / houder",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string For(Sector sector) => sector switch
    {
        Sector.Education => "Onderwijs",
        Sector.Childcare => "Kinderopvang",
        Sector.YouthCare => "Jeugdhulp",
        Sector.HealthCare => "Zorg",
        Sector.SocialSupport => "Maatschappelijke ondersteuning",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };
}
