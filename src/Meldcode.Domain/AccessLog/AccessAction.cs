namespace Meldcode.Domain.AccessLog;

/// <summary>What someone did, or tried to do, with a record (NEN 7513's kinds of access).</summary>
public enum AccessAction
{
    Create = 1,
    Read = 2,
    Update = 3,
    Delete = 4,

    /// <summary>A document made from the record: a PDF, a draft report, a print, an export for a requester.</summary>
    Export = 5,
}

/// <summary>Whether the access was given.</summary>
public enum AccessOutcome
{
    Allowed = 1,
    Refused = 2,
}

/// <summary>The kind of record accessed.</summary>
public enum AccessSubject
{
    /// <summary>A meldcode dossier about a child or a client.</summary>
    Dossier = 1,

    /// <summary>A record about a staff member as a possible perpetrator (the board's route).</summary>
    StaffConcern = 2,

    /// <summary>The access log itself, read by the privacy officer.</summary>
    AccessLog = 3,
}
