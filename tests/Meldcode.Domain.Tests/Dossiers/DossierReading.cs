using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>Short ways to read a dossier's progress in assertions.</summary>
internal static class DossierReading
{
    public static StepState StateOf(this Dossier dossier, MeldcodeStep step, DateOnly today) =>
        dossier.Steps(today).Single(s => s.Step == step).State;

    public static StepState[] StepStates(this Dossier dossier, DateOnly today) =>
        [.. dossier.Steps(today).Select(s => s.State)];

    public static ChronologyEntryKind[] KindsAfter(this Dossier dossier, int entries) =>
        [.. dossier.Chronology.Skip(entries).Select(e => e.Kind)];
}
