using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Decide;

/// <summary>Step 5: the decision. Deviating from the recommendation needs a justification.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record DecideCommand(Guid DossierId, int Version, Outcome? Outcome, string? Grounds, string? DeviationJustification) : IRequest<Unit>, IDossierChange;

public sealed class DecideCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<DecideCommand>(workspace)
{
    protected override void Change(Dossier dossier, DecideCommand command, Actor actor, DateTimeOffset now) =>
        dossier.Decide(command.Outcome!.Value, command.Grounds!, command.DeviationJustification, actor, now);
}
