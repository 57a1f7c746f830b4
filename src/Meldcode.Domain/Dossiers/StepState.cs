namespace Meldcode.Domain.Dossiers;

public enum StepState
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
    Skipped = 4,
}
