using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.AddComment;

/// <summary>A comment in the chronology (owner, collaborators, the team's aandachtsfunctionaris).</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work | DossierPermission.Advise)]
public sealed record AddCommentCommand(Guid DossierId, int Version, string? Text) : IRequest<Unit>, IDossierChange;

public sealed class AddCommentCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<AddCommentCommand>(workspace)
{
    protected override void Change(Dossier dossier, AddCommentCommand command, Actor actor, DateTimeOffset now) =>
        dossier.AddComment(command.Text!, actor, now);
}
