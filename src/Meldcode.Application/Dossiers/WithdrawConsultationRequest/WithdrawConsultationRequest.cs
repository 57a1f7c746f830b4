using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.WithdrawConsultationRequest;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record WithdrawConsultationRequestCommand(Guid DossierId, int Version, Guid RequestId) : IRequest<Unit>, IDossierChange;

public sealed class WithdrawConsultationRequestCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<WithdrawConsultationRequestCommand>(workspace)
{
    protected override void Change(Dossier dossier, WithdrawConsultationRequestCommand command, Actor actor, DateTimeOffset now) =>
        dossier.WithdrawConsultationRequest(command.RequestId, actor, now);
}
