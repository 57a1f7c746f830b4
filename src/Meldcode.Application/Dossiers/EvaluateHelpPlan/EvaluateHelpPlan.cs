using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.EvaluateHelpPlan;

/// <summary>Question 5 at the evaluation moment.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record EvaluateHelpPlanCommand(Guid DossierId, int Version, bool? HelpBringsLastingSafety, string? Rationale, string? MonitoringAgreements) : IRequest<Unit>, IDossierChange;

public sealed class EvaluateHelpPlanCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<EvaluateHelpPlanCommand>(workspace)
{
    protected override void Change(Dossier dossier, EvaluateHelpPlanCommand command, Actor actor, DateTimeOffset now) =>
        dossier.Evaluate(command.HelpBringsLastingSafety!.Value, command.Rationale!, command.MonitoringAgreements, actor, now);
}
