using Meldcode.Infrastructure.Documents;

namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>Documents for the tests, and the one renderer they share.</summary>
public static class TestDocuments
{
    public const string Organisation = "Basisschool De Regenboog";
    public const string Reference = "Dossier D-2025-0042";
    public const string FooterLine = "Gemaakt op 4 maart 2025 om 10:12 door Sanne de Vries";
    public const string DocumentId = "MC-7F3A-2025-0042";

    public static readonly DateTimeOffset Created = new(2025, 3, 4, 10, 12, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<PdfRenderer> SharedRenderer = new(() => new PdfRenderer(new PdfOptions()));

    public static PdfRenderer Renderer => SharedRenderer.Value;

    public static PrintDocument With(params Block[] blocks) => With(blocks, metadata: null, header: null, footerLine: null);

    public static PrintDocument With(
        IEnumerable<Block> blocks, PrintMetadata? metadata = null, RunningHeader? header = null, string? footerLine = null) =>
        new(
            metadata ?? new PrintMetadata("Verslag dossier D-2025-0042", "Meldcode-verslag", Organisation, Created, DocumentId),
            header ?? new RunningHeader(Organisation, Reference),
            footerLine ?? FooterLine,
            blocks);

    public static PdfFile Render(PrintDocument document) => new(Renderer.Render(document));

    public static PdfFile Render(params Block[] blocks) => Render(With(blocks));

    /// <summary>Numbered words, "woord0001 woord0002 …", easy to find back in order.</summary>
    public static string NumberedWords(string stem, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{stem}{i:0000}"));

    /// <summary>A realistic record: a summary, a key–value list, a signals table, a section per signal.</summary>
    public static PrintDocument Sample(int signals = 20)
    {
        var blocks = new List<Block>
        {
            new Heading("Verslag van dossier D-2025-0042"),
            new Paragraph("Dit verslag is gemaakt uit Meldcode. Het bevat de signalen, de consultaties en de weging volgens het afwegingskader."),
            new KeyValueList(
            [
                new KeyValueItem("Kind", "Zoë de Vries (8 jaar)"),
                new KeyValueItem("School", null),
                new KeyValueItem("Aandachtsfunctionaris", "Łukasz Kowalczyk"),
                new KeyValueItem("Toelichting", "Het kind vertelde over ruzie thuis.\nDe leerkracht zag blauwe plekken op de arm."),
            ]),
            new Paragraph("Let op: dit document bevat vertrouwelijke informatie. Deel het alleen met wie het nodig heeft.", ParagraphStyle.Strong),
            new Heading("Signalen", 2),
            new Table(
                [new TableColumn("Datum", 1.2), new TableColumn("Soort"), new TableColumn("Beschrijving", 4), new TableColumn("Door", 1.6)],
                Enumerable.Range(1, signals).Select(i => (IEnumerable<string?>)
                [
                    $"{1 + (i % 28):00}-03-2025",
                    i % 3 == 0 ? "Fysiek" : "Gedrag",
                    $"Signaal {i}: het kind kwam te laat en vertelde over ruzie thuis. Besproken met de intern begeleider.",
                    "Sanne de Vries",
                ])),
        };
        for (var i = 1; i <= signals; i++)
        {
            blocks.Add(new Heading($"Signaal {i}", 3));
            blocks.Add(new Paragraph($"Beschrijving van signaal {i}. Het kind vertelde dat het thuis niet goed gaat.\nBesproken met Nguyễn Thị Lan."));
            blocks.Add(new KeyValueList([new KeyValueItem("Vastgelegd door", "Sanne de Vries")]));
        }
        blocks.Add(new Paragraph("Einde van het verslag.", ParagraphStyle.Muted));
        return With(blocks);
    }
}
