using Meldcode.Application.Dossiers.Access;

namespace Meldcode.Application.Dossiers.HandOverDossier;

/// <summary>
/// The aandachtsfunctionaris of the dossier's team hands the dossier to another professional (or aandachtsfunctionaris) of
/// that team, with a reason. The chronology records it, the new owner finds it in their inbox and in Mijn dossiers, and
/// the previous owner no longer works on it.
/// </summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.HandOver)]
public sealed record HandOverDossierCommand(Guid DossierId, int Version, Guid? NewOwnerId, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class HandOverDossierCommandHandler(DossierWorkspace workspace, IApplicationDbContext context) : IRequestHandler<HandOverDossierCommand, Unit>
{
    public async Task<Unit> Handle(HandOverDossierCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dossier = await context.Dossiers.AsNoTracking().Where(d => d.Id == request.DossierId)
            .Select(d => new { d.OrganisationId, d.TeamId, d.OwnerId })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var newOwner = (await NewOwners.InTeamsAsync(context, dossier.OrganisationId, [dossier.TeamId], cancellationToken).ConfigureAwait(false))
            .SingleOrDefault(c => c.UserId == request.NewOwnerId)
            ?? throw new DomainException(NewOwners.NotOfTheTeam);
        var previousOwnerName = await context.Users.Where(u => u.Id == dossier.OwnerId).Select(u => u.DisplayName).SingleAsync(cancellationToken).ConfigureAwait(false);

        // The version check in the workspace makes sure the owner read above is still the owner.
        await workspace.ChangeAsync(request, (d, lead, now) => d.HandOver(newOwner.Actor, previousOwnerName, request.Reason!, lead, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
