using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.CorrectEntry;

/// <summary>A correction: a new chronology entry that points at the corrected one and says why (also on a closed dossier).</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record CorrectEntryCommand(Guid DossierId, int Version, Guid EntryId, string? Correction, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class CorrectEntryCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<CorrectEntryCommand>(workspace)
{
    protected override void Change(Dossier dossier, CorrectEntryCommand command, Actor actor, DateTimeOffset now) =>
        dossier.Correct(command.EntryId, command.Correction!, command.Reason!, actor, now);
}
