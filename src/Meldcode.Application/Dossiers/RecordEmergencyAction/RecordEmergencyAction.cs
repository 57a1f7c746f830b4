using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordEmergencyAction;

/// <summary>After acute danger: what was done, whom was contacted, when. Marks the dossier acute.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordEmergencyActionCommand(Guid DossierId, int Version, string? WhatWasDone, string? WhomContacted, DateTimeOffset? OccurredAt) : IRequest<Unit>, IDossierChange;

public sealed class RecordEmergencyActionCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordEmergencyActionCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordEmergencyActionCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordEmergencyAction(command.WhatWasDone!, command.WhomContacted!, command.OccurredAt!.Value, actor, now);
}
