using System.Globalization;
using Meldcode.Application.Common.Documents;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;

namespace Meldcode.Application.DilemmaSessions.DownloadSessionSummary;

/// <summary>The summary of a session as a printable document: per decision point the votes, the shift, the meldcode's view and the approved reflections.</summary>
internal static class SessionSummaryDocument
{
    public static PrintableDocument Compose(SessionSummary summary, DocumentDescription description)
    {
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, summary.Title),
            new FieldsBlock(
            [
                new DocumentField("Begonnen", summary.StartedAt is { } s ? DutchTime.Moment(s) : null),
                new DocumentField("Afgelopen", summary.EndedAt is { } e ? DutchTime.Moment(e) : null),
                new DocumentField("Deelnemers", summary.Participants.ToString(CultureInfo.InvariantCulture)),
            ]),
            new ParagraphBlock("Deelnemers deden anoniem mee. Uitslagen van minder dan 3 stemmen staan er niet in, zodat niemand te herkennen is."),
        };
        if (summary.ReflectionsErased)
        {
            blocks.Add(new ParagraphBlock("De reacties van deelnemers zijn na de bewaartermijn verwijderd. De stemmen staan er nog wel in."));
        }

        foreach (var point in summary.Points)
        {
            blocks.Add(new HeadingBlock(2, $"Dilemma {point.DilemmaNumber}: {point.DilemmaTitle} (versie {point.SourceVersion})"));
            blocks.Add(new HeadingBlock(3, $"Beslismoment {point.PointNumber}: {point.Question}"));
            blocks.Add(new TableBlock(
                [new TableColumn("Antwoord", 4), new TableColumn("Stem 1", 1.2), new TableColumn("Stem 2", 1.2), new TableColumn("Past bij de meldcode", 1.4)],
                point.First.Answers.Zip(point.Second.Answers, (a, b) => (IReadOnlyList<string>)
                [
                    $"{a.Answer}. {a.Text}",
                    SummaryFigures.Count(point.First, a),
                    SummaryFigures.Count(point.Second, b),
                    a.FitsMeldcode ? "ja" : string.Empty,
                ]).ToList()));
            blocks.Add(new ParagraphBlock(SummaryFigures.Shift(point.Shift)));
            blocks.Add(new ParagraphBlock($"Wat de meldcode zegt: {point.View.Summary} {point.View.Rationale}"));
            if (point.Reflections.Count > 0)
            {
                blocks.Add(new ParagraphBlock("Reacties van deelnemers:", TextEmphasis.Strong));
                blocks.AddRange(point.Reflections.Select(r => new ParagraphBlock($"“{r}”")));
            }
        }

        return new PrintableDocument(description, blocks);
    }
}
