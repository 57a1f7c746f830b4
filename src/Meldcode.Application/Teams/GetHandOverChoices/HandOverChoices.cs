using Meldcode.Application.Dossiers.GetColleagues;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Teams.GetHandOverChoices;

/// <summary>The lead's teams with their owners who are no longer active; and, when one owner was chosen, that owner's dossiers.</summary>
public sealed record HandOverChoices(IReadOnlyList<TeamWithoutActiveOwners> Teams, PreviousOwnerDossiers? PreviousOwner)
{
    public bool AnyWithoutActiveOwner => Teams.Any(t => t.InactiveOwners.Count > 0);
}

/// <summary>One of the lead's teams, with the deactivated users who still own open dossiers there.</summary>
public sealed record TeamWithoutActiveOwners(Guid TeamId, string TeamName, IReadOnlyList<OwnerWithOpenDossiers> InactiveOwners);

public sealed record OwnerWithOpenDossiers(Guid UserId, string Name, int OpenDossiers);

/// <summary>The owner whose dossiers the lead hands over, and those dossiers per team of the lead.</summary>
public sealed record PreviousOwnerDossiers(Guid UserId, string Name, bool IsActive, IReadOnlyList<TeamOfDossiers> Teams);

/// <summary>The owner's open dossiers in one team, and the colleagues of that team who can take them over.</summary>
public sealed record TeamOfDossiers(Guid TeamId, string TeamName, IReadOnlyList<DossierToHandOver> Dossiers, IReadOnlyList<Colleague> NewOwners);

/// <summary>One open dossier, as the list shows it; its version goes back with the form.</summary>
public sealed record DossierToHandOver(Guid DossierId, int Version, string Number, string PersonName, MeldcodeStep? CurrentStep, DateTimeOffset LastActivityAt);
