using Meldcode.Application.Teams.HandOverDossiersOf;

namespace Meldcode.Web.Pages.Team;

/// <summary>
/// The form of one team's dossiers on the hand-over page: the dossiers ticked (<c>Dossiers</c>, so a message about them is
/// keyed as the command's list is), the version each was shown with (<c>Versions[id]</c>), the new owner and the reason;
/// <c>Team</c> says which team's form was posted, so a refused post shows its input in that form only.
/// </summary>
public sealed record HandOverForm(Guid? Team, IReadOnlyList<Guid>? Dossiers, Dictionary<Guid, int>? Versions, Guid? NewOwnerId, string? Reason) : IFormOf<HandOverDossiersOfCommand>
{
    /// <summary>The command; a ticked dossier without a version (a tampered form) gets one no dossier has, so it conflicts.</summary>
    public HandOverDossiersOfCommand ToCommand(Guid? previousOwnerId) =>
        new(previousOwnerId, NewOwnerId, Reason, Dossiers?.Select(id => new DossierAtVersion(id, Versions is not null && Versions.TryGetValue(id, out var version) ? version : -1)).ToList());
}
