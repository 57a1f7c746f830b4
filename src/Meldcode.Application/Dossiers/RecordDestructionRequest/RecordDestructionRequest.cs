using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Retention;

namespace Meldcode.Application.Dossiers.RecordDestructionRequest;

/// <summary>The aandachtsfunctionaris records a request by a parent or the child to destroy the dossier early (the domain decides who may ask).</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Retain)]
public sealed record RecordDestructionRequestCommand(Guid DossierId, int Version, DestructionRequester? Requester, int? ChildAge, DateOnly? ReceivedOn) : IRequest<Unit>, IDossierChange;

public sealed class RecordDestructionRequestCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordDestructionRequestCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordDestructionRequestCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordDestructionRequest(command.Requester!.Value, command.ChildAge!.Value, command.ReceivedOn!.Value, actor, now);
}

public sealed class RecordDestructionRequestCommandValidator : AbstractValidator<RecordDestructionRequestCommand>
{
    public RecordDestructionRequestCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Requester).Chosen("Kies wie om vernietiging vraagt: een ouder met gezag of het kind zelf.");
        RuleFor(c => c.ChildAge)
            .NotNull().WithMessage("Vul de leeftijd van het kind in, in jaren.")
            .InclusiveBetween(0, DestructionRequests.MaxAge).WithMessage($"Vul een leeftijd in tussen 0 en {DestructionRequests.MaxAge} jaar.");
        RuleFor(c => c.ReceivedOn).NotInTheFuture(clock, FieldName.Singular("de datum van het verzoek"));
    }
}
