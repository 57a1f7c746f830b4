using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.LiftLegalHold;

/// <summary>The aandachtsfunctionaris lifts the legal hold, with a reason: the dossier follows its retention term again.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Retain)]
public sealed record LiftLegalHoldCommand(Guid DossierId, int Version, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class LiftLegalHoldCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<LiftLegalHoldCommand>(workspace)
{
    protected override void Change(Dossier dossier, LiftLegalHoldCommand command, Actor actor, DateTimeOffset now) =>
        dossier.LiftLegalHold(command.Reason!, actor, now);
}

public sealed class LiftLegalHoldCommandValidator : AbstractValidator<LiftLegalHoldCommand>
{
    public LiftLegalHoldCommandValidator()
    {
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden om de bewaarplicht op te heffen"));
    }
}
