using System.Text;
using Meldcode.Application.Common.Documents;
using Meldcode.Application.Figures.GetFigures;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Figures.ExportFigures;

/// <summary>
/// The figures as CSV for a spreadsheet, in a long ("tidy") layout: one row per location and measure, with the period on
/// every row, so the file can be filtered, pivoted and combined with other years. The total comes last when there is
/// more than one location. Semicolons and a byte order mark, as Dutch spreadsheets expect; an average without any
/// dossier is left empty. Counts only: no name, dossier number or id of a dossier is in the figures to begin with.
/// </summary>
internal static class FiguresCsv
{
    private static readonly string[] Header = ["Van", "Tot en met", "Locatie", "Onderdeel", "Maat", "Waarde"];

    public static byte[] Write(FiguresReport report)
    {
        var text = new StringBuilder();
        SpreadsheetCsv.Line(text, Header);
        var locations = report.Locations.Count > 1 ? [.. report.Locations, report.Total] : report.Locations;
        foreach (var location in locations)
        {
            void Row(string part, string measure, string value) =>
                SpreadsheetCsv.Line(text, [FigureTerms.Date(report.Period.From), FigureTerms.Date(report.Period.To), location.Location, part, measure, value]);

            Row("Dossiers", "Geopend", FigureTerms.Count(location.Opened));
            Row("Dossiers", "Gesloten", FigureTerms.Count(location.Closed));
            Row("Dossiers", "Open zonder besluit aan het eind van de periode", FigureTerms.Count(location.OpenWithoutDecision));
            foreach (var form in FiguresReport.FormsOfAbuse)
            {
                Row("Vorm van mishandeling (geopende dossiers)", DutchTerms.For(form), FigureTerms.Count(location.FormOfAbuse(form)));
            }

            foreach (var outcome in FiguresReport.Outcomes)
            {
                Row("Besluit", FigureTerms.Of(outcome), FigureTerms.Count(location.Decided(outcome)));
            }

            Row("Besluit", "Afwijkend van het afwegingskader", FigureTerms.Count(location.Deviations));
            Row("Veilig Thuis", "Meldingen", FigureTerms.Count(location.Reports));
            foreach (var step in FiguresReport.Steps)
            {
                var duration = location.Step(step);
                Row("Gemiddeld aantal dagen per stap", FigureTerms.Step(step), duration.AverageDays is null ? string.Empty : FigureTerms.Days(duration.AverageDays));
                Row("Aantal dossiers dat de stap afrondde", FigureTerms.Step(step), FigureTerms.Count(duration.Dossiers));
            }
        }

        return SpreadsheetCsv.Bytes(text);
    }
}
