using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordSignal;

/// <summary>Step 1: record a signal. Returns the quality hints for what was written (they never stop saving).</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordSignalCommand(
    Guid DossierId,
    int Version,
    DateOnly? ObservedOn,
    TimeOnly? ObservedAt,
    string? Place,
    string? ObservedBy,
    SignalSource? Source,
    string? ToldBy,
    SignalCategory? Category,
    string? Facts,
    string? ChildsOwnWords,
    string? Interpretation) : IRequest<IReadOnlyList<SignalHint>>, IDossierChange;

public sealed class RecordSignalCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordSignalCommand, IReadOnlyList<SignalHint>>(workspace)
{
    protected override IReadOnlyList<SignalHint> Change(Dossier dossier, RecordSignalCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordSignal(
            new SignalInput(command.ObservedOn!.Value, command.ObservedAt, command.Place, command.ObservedBy!, command.Source!.Value, command.ToldBy, command.Category!.Value, command.Facts!, command.ChildsOwnWords, command.Interpretation),
            actor,
            now).Hints;
}
