using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordVeiligThuisFeedback;

[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordVeiligThuisFeedbackCommand(Guid DossierId, int Version, Guid ReportId, VeiligThuisFeedback? Feedback, DateOnly? ReceivedOn, string? FollowUpAgreements) : IRequest<Unit>, IDossierChange;

public sealed class RecordVeiligThuisFeedbackCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordVeiligThuisFeedbackCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordVeiligThuisFeedbackCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordVeiligThuisFeedback(command.ReportId, command.Feedback!.Value, command.ReceivedOn!.Value, command.FollowUpAgreements, actor, now);
}
