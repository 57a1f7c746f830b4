using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.AddCarer;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AddCarerCommand(Guid DossierId, int Version, string? Name, string? Relation, bool HasParentalAuthority) : IRequest<Unit>, IDossierChange;

public sealed class AddCarerCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<AddCarerCommand>(workspace)
{
    protected override void Change(Dossier dossier, AddCarerCommand command, Actor actor, DateTimeOffset now) =>
        dossier.AddCarer(command.Name!, command.Relation!, command.HasParentalAuthority, actor, now);
}
