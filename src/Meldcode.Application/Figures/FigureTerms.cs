using System.Globalization;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Figures;

/// <summary>The words and numbers of the figures, the same on the page and in the CSV file.</summary>
public static class FigureTerms
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The outcome of a decision in one or two words (the afwegingskader's four outcomes).</summary>
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Close => "Afsluiten",
        Outcome.HelpAndMonitor => "Hulp",
        Outcome.Report => "Melden",
        Outcome.ReportAndHelp => "Melden en hulp",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The step with its number: "2. Collegiale consultatie".</summary>
    public static string Step(MeldcodeStep step) => $"{(int)step}. {DutchTerms.For(step)}";

    /// <summary>An average number of days with one decimal, Dutch style ("12,5"); "–" when no dossier completed the step.</summary>
    public static string Days(double? days) => days is { } value ? value.ToString("0.0", Dutch) : "–";

    public static string Count(int count) => count.ToString(Dutch);

    public static string Date(DateOnly date) => DutchTime.Date(date);
}
