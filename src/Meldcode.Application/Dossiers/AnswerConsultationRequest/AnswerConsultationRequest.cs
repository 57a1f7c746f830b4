using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.AnswerConsultationRequest;

/// <summary>The consulted colleague writes their advice; it is recorded in the dossier and their access ends.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.AnswerConsultation)]
public sealed record AnswerConsultationRequestCommand(Guid DossierId, int Version, Guid RequestId, string? Advice, string? AgreedActions) : IRequest<Unit>, IDossierChange;

public sealed class AnswerConsultationRequestCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<AnswerConsultationRequestCommand>(workspace)
{
    protected override void Change(Dossier dossier, AnswerConsultationRequestCommand command, Actor actor, DateTimeOffset now) =>
        dossier.AnswerConsultationRequest(command.RequestId, command.Advice!, command.AgreedActions, actor, now);
}
