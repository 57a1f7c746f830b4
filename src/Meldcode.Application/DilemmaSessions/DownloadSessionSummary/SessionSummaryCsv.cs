using System.Globalization;
using System.Text;
using Meldcode.Application.Common.Documents;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;

namespace Meldcode.Application.DilemmaSessions.DownloadSessionSummary;

/// <summary>
/// The summary as CSV for a spreadsheet: one row per answer of every decision point. Semicolons and a byte order mark,
/// as Dutch spreadsheets expect; a cell that a spreadsheet would run as a formula is written as text.
/// </summary>
internal static class SessionSummaryCsv
{
    private static readonly string[] Header =
        ["Dilemma", "Titel", "Versie", "Beslismoment", "Vraag", "Antwoord", "Tekst", "Stem 1", "Stem 2", "Past bij de meldcode", "Verschuiving", "Goedgekeurde reacties"];

    public static byte[] Write(SessionSummary summary)
    {
        var text = new StringBuilder();
        SpreadsheetCsv.Line(text, Header);
        foreach (var point in summary.Points)
        {
            var shift = SummaryFigures.Shift(point.Shift);
            var reflections = string.Join(" | ", point.Reflections);
            foreach (var (first, second) in point.First.Answers.Zip(point.Second.Answers))
            {
                SpreadsheetCsv.Line(text,
                [
                    point.DilemmaNumber.ToString(CultureInfo.InvariantCulture),
                    point.DilemmaTitle,
                    point.SourceVersion.ToString(CultureInfo.InvariantCulture),
                    point.PointNumber.ToString(CultureInfo.InvariantCulture),
                    point.Question,
                    first.Answer,
                    first.Text,
                    SummaryFigures.Count(point.First, first),
                    SummaryFigures.Count(point.Second, second),
                    first.FitsMeldcode ? "ja" : "nee",
                    shift,
                    reflections,
                ]);
            }
        }

        return SpreadsheetCsv.Bytes(text);
    }
}
