using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.AddCollaborator;

/// <summary>The owner or a collaborator adds a professional of the dossier's team as collaborator.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AddCollaboratorCommand(Guid DossierId, int Version, Guid? UserId) : IRequest<Unit>, IDossierChange;

public sealed class AddCollaboratorCommandHandler(DossierWorkspace workspace, IApplicationDbContext context) : IRequestHandler<AddCollaboratorCommand, Unit>
{
    public async Task<Unit> Handle(AddCollaboratorCommand request, CancellationToken cancellationToken)
    {
        var teamId = await context.Dossiers.Where(d => d.Id == request.DossierId).Select(d => d.TeamId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var colleague = await context.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId && u.IsActive && u.Memberships.Any(m => m.Role == Role.Professional && m.TeamId == teamId))
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new Domain.Common.DomainException("Kies een professional van het team van dit dossier.");
        await workspace.ChangeAsync(request, (d, actor, now) => d.AddCollaborator(colleague.Id, colleague.DisplayName, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
