using System.Globalization;
using System.Text;
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
        Line(text, Header);
        foreach (var point in summary.Points)
        {
            var shift = SummaryFigures.Shift(point.Shift);
            var reflections = string.Join(" | ", point.Reflections);
            foreach (var (first, second) in point.First.Answers.Zip(point.Second.Answers))
            {
                Line(text,
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

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(';', cells.Select(Cell));
        text.Append("\r\n");
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
