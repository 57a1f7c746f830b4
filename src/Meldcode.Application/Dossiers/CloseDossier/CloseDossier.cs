using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.CloseDossier;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record CloseDossierCommand(Guid DossierId, int Version, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class CloseDossierCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<CloseDossierCommand>(workspace)
{
    protected override void Change(Dossier dossier, CloseDossierCommand command, Actor actor, DateTimeOffset now) =>
        dossier.Close(command.Reason!, actor, now);
}
