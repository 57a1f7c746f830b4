using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Decide;

/// <summary>Step 5: the decision. Deviating from the recommendation needs a justification. With four-eyes on, a decision to report and any deviation go to review.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record DecideCommand(Guid DossierId, int Version, Outcome? Outcome, string? Grounds, string? DeviationJustification) : IRequest<Unit>, IDossierChange;

public sealed class DecideCommandHandler(DossierWorkspace workspace, IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<DecideCommand, Unit>
{
    public async Task<Unit> Handle(DecideCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var route = await ReviewRoutes.ForAsync(context, request.DossierId, user.UserId, cancellationToken).ConfigureAwait(false);
        await workspace.ChangeAsync(
            request,
            (dossier, actor, now) => dossier.Decide(request.Outcome!.Value, request.Grounds!, request.DeviationJustification, actor, now, route),
            cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
