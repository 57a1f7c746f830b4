namespace Meldcode.Domain.Dossiers;

public sealed record StepProgress(MeldcodeStep Step, StepState State, string? Note);
