using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordConsultation;

/// <summary>Step 2: record a consultation held outside Meldcode (owner, collaborator, or the team's aandachtsfunctionaris).</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work | DossierPermission.Advise)]
public sealed record RecordConsultationCommand(
    Guid DossierId,
    int Version,
    ConsultationKind? Kind,
    DateOnly? HeldOn,
    string? WithWhom,
    string? Question,
    string? Advice,
    string? AgreedActions,
    ConsentToShare? Consent) : IRequest<Unit>, IDossierChange;

public sealed class RecordConsultationCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordConsultationCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordConsultationCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordConsultation(
            new ConsultationInput(command.Kind!.Value, command.HeldOn!.Value, command.WithWhom!, command.Question!, command.Advice!, command.AgreedActions, command.Consent!.Value),
            actor,
            now);
}
