namespace Meldcode.Domain.Administration;

/// <summary>What kind of change a line of the administration log records.</summary>
public enum AdministrationAction
{
    /// <summary>Someone signed in through the organisation's provider for the first time and became a user (without roles).</summary>
    UserProvisioned = 1,

    RoleGranted = 2,

    RoleRevoked = 3,

    UserDeactivated = 4,

    UserReactivated = 5,

    TeamAdded = 6,

    TeamRenamed = 7,

    OrganisationSettingsChanged = 8,

    /// <summary>A team or location was put in another sector.</summary>
    TeamSectorChanged = 9,

    /// <summary>Four-eyes on reports, the named reviewer, or when a dossier counts as stalled.</summary>
    ReviewSettingsChanged = 10,
}
