using System.Globalization;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.DownloadSessionSummary;

/// <summary>How the summary writes its figures, in the PDF and the CSV alike; fewer than three votes give no figures.</summary>
internal static class SummaryFigures
{
    public const string TooFew = "minder dan 3 stemmen";

    public static string Count(RoundResult result, AnswerCount answer) =>
        result.IsShown ? answer.Count.ToString(CultureInfo.InvariantCulture) : TooFew;

    public static string Shift(VoteShift shift)
    {
        if (!shift.IsShown)
        {
            return "Geen verschuiving te tonen: minder dan 3 mensen stemden twee keer.";
        }

        var moves = shift.Moves.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Count} van {m.From} naar {m.To}"));
        return shift.Changed == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Van de {shift.VotedTwice} mensen die twee keer stemden, koos niemand iets anders.")
            : string.Create(CultureInfo.InvariantCulture, $"Van de {shift.VotedTwice} mensen die twee keer stemden, kozen er {shift.Changed} iets anders: {string.Join(", ", moves)}.");
    }
}
