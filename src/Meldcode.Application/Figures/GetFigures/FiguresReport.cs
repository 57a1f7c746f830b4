using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Figures.GetFigures;

/// <summary>
/// The figures for the board and the yearly evaluation, per team or location and in total. Counts only: no names,
/// dossier numbers or ids of dossiers. What each count is:
/// <list type="bullet">
/// <item><see cref="LocationFigures.Opened"/>, <see cref="LocationFigures.Closed"/>: dossiers opened, and closed, in the period.</item>
/// <item><see cref="LocationFigures.OpenWithoutDecision"/>: dossiers still open at the end of the period without a decision by then.</item>
/// <item><see cref="LocationFigures.ByFormOfAbuse"/>: of the dossiers opened in the period, how many have a signal of each form
/// (a dossier counts once per form it has, so the forms add up to more than the dossiers).</item>
/// <item><see cref="LocationFigures.ByOutcome"/>, <see cref="LocationFigures.Deviations"/>: decisions taken in the period, by
/// outcome, and how many of them deviate from the afwegingskader.</item>
/// <item><see cref="LocationFigures.Reports"/>: reports to Veilig Thuis made in the period (by the date of the report).</item>
/// <item><see cref="LocationFigures.DaysPerStep"/>: see <see cref="StepTimes"/>.</item>
/// </list>
/// </summary>
public sealed record FiguresReport(FiguresPeriod Period, Guid? TeamId, IReadOnlyList<LocationFigures> Locations, LocationFigures Total)
{
    /// <summary>The forms of abuse the figures count, in the order the signal form lists them (contra-indications are no form of abuse).</summary>
    public static IReadOnlyList<SignalCategory> FormsOfAbuse { get; } = [.. Enum.GetValues<SignalCategory>().Where(c => c != SignalCategory.ContraIndication)];

    /// <summary>The outcomes of a decision, in the order of the afwegingskader's overview.</summary>
    public static IReadOnlyList<Outcome> Outcomes { get; } = [Outcome.Close, Outcome.HelpAndMonitor, Outcome.Report, Outcome.ReportAndHelp];

    public static IReadOnlyList<MeldcodeStep> Steps { get; } = Enum.GetValues<MeldcodeStep>();
}
