using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Figures.GetFigures;

/// <summary>
/// The figures of one team or location (or the total of several) for a period: counts only, never a child. See
/// <see cref="FiguresReport"/> for what each count means.
/// </summary>
public sealed record LocationFigures(
    string Location,
    int Opened,
    int Closed,
    int OpenWithoutDecision,
    IReadOnlyDictionary<SignalCategory, int> ByFormOfAbuse,
    IReadOnlyDictionary<Outcome, int> ByOutcome,
    int Deviations,
    int Reports,
    IReadOnlyDictionary<MeldcodeStep, StepDuration> DaysPerStep)
{
    public int FormOfAbuse(SignalCategory category) => ByFormOfAbuse.GetValueOrDefault(category);

    public int Decided(Outcome outcome) => ByOutcome.GetValueOrDefault(outcome);

    public StepDuration Step(MeldcodeStep step) => DaysPerStep.GetValueOrDefault(step) ?? StepDuration.None;
}

/// <summary>The average number of days a step took, over <see cref="Dossiers"/> dossiers that completed it in the period; null when none did.</summary>
public sealed record StepDuration(double? AverageDays, int Dossiers)
{
    public static StepDuration None { get; } = new(null, 0);
}
