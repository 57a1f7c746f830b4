using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordHelpPlan;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordHelpPlanCommand(Guid DossierId, int Version, string? WhatHelp, string? ByWhom, DateOnly? EvaluationDate) : IRequest<Unit>, IDossierChange;

public sealed class RecordHelpPlanCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordHelpPlanCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordHelpPlanCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordHelp(command.WhatHelp!, command.ByWhom!, command.EvaluationDate!.Value, actor, now);
}
