namespace Meldcode.Domain.Users;

/// <summary>What a user may do in Meldcode. A user may hold several roles.</summary>
public enum Role
{
    /// <summary>Professional (leerkracht, pedagogisch medewerker, jeugdzorgwerker): works on dossiers of a team.</summary>
    Professional = 1,

    /// <summary>Aandachtsfunctionaris: advises colleagues and keeps an overview of a team's dossiers.</summary>
    SafeguardingLead = 2,

    /// <summary>Trainer: runs dilemma exercises; never sees real dossiers.</summary>
    Trainer = 3,

    /// <summary>Functioneel beheerder: manages the organisation, teams and users; never reads dossiers.</summary>
    FunctionalAdministrator = 4,

    /// <summary>Functionaris gegevensbescherming: reads the access log, not the dossiers.</summary>
    PrivacyOfficer = 5,

    /// <summary>Bevoegd gezag / houder: handles the staff-member-as-suspect route.</summary>
    Board = 6,
}
