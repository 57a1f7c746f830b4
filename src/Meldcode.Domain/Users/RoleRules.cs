namespace Meldcode.Domain.Users;

public static class RoleRules
{
    /// <summary>Roles that are held for one team or location; the others hold for the whole organisation.</summary>
    public static bool IsTeamScoped(this Role role) => role is Role.Professional or Role.SafeguardingLead;

    /// <summary>The Dutch name of the role, as the interface and the administration log write it.</summary>
    public static string DutchName(this Role role) => role switch
    {
        Role.Professional => "Professional",
        Role.SafeguardingLead => "Aandachtsfunctionaris",
        Role.Trainer => "Trainer",
        Role.FunctionalAdministrator => "Functioneel beheerder",
        Role.PrivacyOfficer => "Functionaris gegevensbescherming",
        Role.Board => "Bevoegd gezag / houder",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
