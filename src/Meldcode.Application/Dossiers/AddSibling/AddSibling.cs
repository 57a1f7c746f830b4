using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.AddSibling;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AddSiblingCommand(Guid DossierId, int Version, string? Name, DateOnly? DateOfBirth) : IRequest<Unit>, IDossierChange;

public sealed class AddSiblingCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<AddSiblingCommand>(workspace)
{
    protected override void Change(Dossier dossier, AddSiblingCommand command, Actor actor, DateTimeOffset now) =>
        dossier.AddSibling(command.Name!, command.DateOfBirth, actor, now);
}
