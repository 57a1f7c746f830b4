namespace Meldcode.Domain.Dossiers;

/// <summary>What someone wants to record as a signal; checked and stored by <see cref="Dossier.RecordSignal"/>.</summary>
public sealed record SignalInput(
    DateOnly ObservedOn,
    TimeOnly? ObservedAt,
    string? Place,
    string ObservedBy,
    SignalSource Source,
    string? ToldBy,
    SignalCategory Category,
    string Facts,
    string? ChildsOwnWords,
    string? Interpretation);
