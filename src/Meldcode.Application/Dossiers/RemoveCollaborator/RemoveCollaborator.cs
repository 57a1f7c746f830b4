using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RemoveCollaborator;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RemoveCollaboratorCommand(Guid DossierId, int Version, Guid UserId) : IRequest<Unit>, IDossierChange;

public sealed class RemoveCollaboratorCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RemoveCollaboratorCommand>(workspace)
{
    protected override void Change(Dossier dossier, RemoveCollaboratorCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RemoveCollaborator(command.UserId, actor, now);
}
