using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Teams.GetTeamOverview;

/// <summary>
/// The aandachtsfunctionaris's team overview: the teams they can choose from, the counts per step over the chosen
/// teams (before the other filters), the owners to filter on, and one page of the dossiers that match.
/// <see cref="StalledAfterWorkingDays"/> is the organisation's setting the stalled flag was computed with.
/// </summary>
public sealed record TeamOverview(
    int StalledAfterWorkingDays,
    IReadOnlyList<TeamChoice> Teams,
    IReadOnlyList<StepCount> StepCounts,
    IReadOnlyList<OwnerChoice> Owners,
    TeamOverviewPage Dossiers)
{
    /// <summary>How many dossiers the chosen teams have in the overview, before the flag, step, owner and search filters.</summary>
    public int TotalInTeams => StepCounts.Sum(c => c.Count);

    /// <summary>The open requests to see a file (inzageverzoeken) of the chosen teams, the earliest deadline first.</summary>
    public IReadOnlyList<OpenInspectionRequest> InspectionRequests { get; init; } = [];
}

/// <summary>An open request to see a file, as the overview lists it: the dossier's number, no names.</summary>
public sealed record OpenInspectionRequest(Guid DossierId, string DossierNumber, Guid RequestId, DateOnly ReceivedOn, DateOnly Deadline, bool IsExtended, bool IsOverdue);

/// <summary>One of the lead's teams, and whether the overview shows it.</summary>
public sealed record TeamChoice(Guid Id, string Name, bool Chosen);

/// <summary>How many dossiers are in a step; <see cref="Step"/> null: every step is done (help, monitoring, reported, or closed awaiting review).</summary>
public sealed record StepCount(MeldcodeStep? Step, int Count);

/// <summary>Someone who owns dossiers in the chosen teams (also when deactivated: their dossiers need a new owner).</summary>
public sealed record OwnerChoice(Guid Id, string Name, bool IsActive);

/// <summary>One page of the overview, and how many pages and dossiers match in all.</summary>
public sealed record TeamOverviewPage(IReadOnlyList<TeamOverviewItem> Items, int Page, int PageCount, int TotalCount, int PageSize)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

/// <summary>
/// A dossier in the team overview. <see cref="Name"/> is whom it is about: the child, or the adult client when
/// <see cref="Subject"/> says so. <see cref="DaysInStep"/> counts calendar days since the dossier reached its current step.
/// </summary>
public sealed record TeamOverviewItem(
    Guid Id,
    string Number,
    DossierSubject Subject,
    string Name,
    Guid TeamId,
    string TeamName,
    Guid OwnerId,
    string OwnerName,
    bool OwnerIsActive,
    DossierStatus Status,
    MeldcodeStep? CurrentStep,
    int DaysInStep,
    DateTimeOffset LastActivityAt,
    DateOnly? NextEvaluationDate,
    DossierFlag Flags)
{
    /// <summary>The flags, most urgent first.</summary>
    public IReadOnlyList<DossierFlag> FlagList => DossierFlags.All.Where(f => Flags.HasFlag(f)).ToList();
}
