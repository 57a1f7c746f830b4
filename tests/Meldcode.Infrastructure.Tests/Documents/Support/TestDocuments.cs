using Meldcode.Application.Common.Documents;
using Meldcode.Infrastructure.Documents;

namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>Documents for the tests, and the one renderer they share.</summary>
public static class TestDocuments
{
    public const string Organisation = "Basisschool De Regenboog";
    public const string Reference = "Dossier D-2025-0042";
    public const string Maker = "Sanne de Vries";
    public const string FooterLine = "Gemaakt op 04-03-2025 10:12 door Sanne de Vries";
    public const string DocumentId = "MC-7F3A-2025-0042";

    public static readonly DateTimeOffset Created = new(2025, 3, 4, 10, 12, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<PdfRenderer> SharedRenderer = new(() => new PdfRenderer(new PdfOptions()));

    public static PdfRenderer Renderer => SharedRenderer.Value;

    public static PrintableDocument With(params DocumentBlock[] blocks) => With(blocks, description: null);

    public static PrintableDocument With(IEnumerable<DocumentBlock> blocks, DocumentDescription? description = null) =>
        new(
            description ?? new DocumentDescription("Verslag dossier D-2025-0042", "Meldcode-verslag", Organisation, Reference, DocumentId, Created, Maker),
            [.. blocks]);

    public static PdfFile Render(PrintableDocument document) => new(Renderer.RenderPdf(document));

    public static PdfFile Render(params DocumentBlock[] blocks) => Render(With(blocks));

    /// <summary>Numbered words, "woord0001 woord0002 …", easy to find back in order.</summary>
    public static string NumberedWords(string stem, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{stem}{i:0000}"));

    /// <summary>
    /// A realistic record: a summary of fields, a signals table, a section per signal. One field holds only a
    /// byte-order mark, as text pasted from a file can: it reads "niet ingevuld" in the placeholder format.
    /// </summary>
    public static PrintableDocument Sample(int signals = 20)
    {
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, "Verslag van dossier D-2025-0042"),
            new ParagraphBlock("Dit verslag is gemaakt uit Meldcode. Het bevat de signalen, de consultaties en de weging volgens het afwegingskader."),
            new FieldsBlock(
            [
                new DocumentField("Kind", "Zoë de Vries (8 jaar)"),
                new DocumentField("School", null),
                new DocumentField("Kenmerk", "\uFEFF"),
                new DocumentField("Aandachtsfunctionaris", "Łukasz Kowalczyk"),
                new DocumentField("Toelichting", "Het kind vertelde over ruzie thuis.\nDe leerkracht zag blauwe plekken op de arm."),
            ]),
            new ParagraphBlock("Let op: dit document bevat vertrouwelijke informatie. Deel het alleen met wie het nodig heeft.", TextEmphasis.Strong),
            new HeadingBlock(2, "Signalen"),
            new TableBlock(
                [new TableColumn("Datum", 1.2), new TableColumn("Soort", 1), new TableColumn("Beschrijving", 4), new TableColumn("Door", 1.6)],
                [.. Enumerable.Range(1, signals).Select(i => (IReadOnlyList<string>)
                [
                    $"{1 + (i % 28):00}-03-2025",
                    i % 3 == 0 ? "Fysiek" : "Gedrag",
                    $"Signaal {i}: het kind kwam te laat en vertelde over ruzie thuis. Besproken met de intern begeleider.",
                    "Sanne de Vries",
                ])]),
        };
        for (var i = 1; i <= signals; i++)
        {
            blocks.Add(new HeadingBlock(3, $"Signaal {i}"));
            blocks.Add(new ParagraphBlock($"Beschrijving van signaal {i}. Het kind vertelde dat het thuis niet goed gaat.\nBesproken met Nguyễn Thị Lan."));
            blocks.Add(new FieldsBlock([new DocumentField("Vastgelegd door", "Sanne de Vries")]));
        }
        blocks.Add(new ParagraphBlock("Einde van het verslag.", TextEmphasis.Muted));
        return With(blocks);
    }
}
