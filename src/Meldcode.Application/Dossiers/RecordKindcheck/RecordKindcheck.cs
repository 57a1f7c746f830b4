using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordKindcheck;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordKindcheckCommand(Guid DossierId, int Version, bool? ChildrenPresent, int? NumberOfChildren, string? Ages, string? WhoCares) : IRequest<Unit>, IDossierChange, IKindcheckAnswers;

public sealed class RecordKindcheckCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordKindcheckCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordKindcheckCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordKindcheck(command.ChildrenPresent!.Value, command.NumberOfChildren, command.Ages, command.WhoCares, actor, now);
}
