using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.PlaceLegalHold;

/// <summary>The aandachtsfunctionaris places a legal hold (bewaarplicht) on the dossier: it is not deleted until the hold is lifted.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Retain)]
public sealed record PlaceLegalHoldCommand(Guid DossierId, int Version, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class PlaceLegalHoldCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<PlaceLegalHoldCommand>(workspace)
{
    protected override void Change(Dossier dossier, PlaceLegalHoldCommand command, Actor actor, DateTimeOffset now) =>
        dossier.PlaceLegalHold(command.Reason!, actor, now);
}

public sealed class PlaceLegalHoldCommandValidator : AbstractValidator<PlaceLegalHoldCommand>
{
    public PlaceLegalHoldCommandValidator()
    {
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden voor de bewaarplicht"));
    }
}
