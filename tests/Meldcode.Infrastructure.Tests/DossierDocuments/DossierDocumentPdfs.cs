using Meldcode.Application.Common.Documents;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Infrastructure.Tests.Documents.Support;
using Meldcode.Testing;

namespace Meldcode.Infrastructure.Tests.DossierDocuments;

/// <summary>Dossier documents composed by the Application layer and rendered by the document port, as the app does it.</summary>
public static class DossierDocumentPdfs
{
    public const string Organisation = "Stichting Primair Onderwijs De Linde (demo)";
    public const string Team = "Basisschool De Esdoorn";
    public const string Owner = "Sanne de Vries";
    public const string Lead = "Mehmet Yılmaz";

    public static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 5, 0, TimeSpan.Zero);

    /// <summary>The demo dossier that walked every step (see <see cref="DemoDossiers"/>), number 2026-0001.</summary>
    public static Dossier Walked(int extraSignals = 0) => DemoDossiers.WalkedThroughEveryStep(
        Guid.NewGuid(), Guid.NewGuid(), new DossierNumber(2026, 1), new Actor(Guid.NewGuid(), Owner), new Actor(Guid.NewGuid(), Lead), Now.AddDays(-1), extraSignals);

    /// <summary>The demo dossier about an adult client that started with a kindcheck (see <see cref="DemoDossiers"/>), number 2026-0003.</summary>
    public static Dossier AboutAnAdultClient() => DemoDossiers.AdultClientAfterKindcheck(
        Guid.NewGuid(), Guid.NewGuid(), Domain.Organisations.Sector.SocialSupport, new DossierNumber(2026, 3), new Actor(Guid.NewGuid(), Owner), new Actor(Guid.NewGuid(), Lead), Now.AddDays(-1));

    /// <summary>A dossier with only what opening it requires.</summary>
    public static Dossier JustOpened() => DossierBuilder.Open(
        Guid.NewGuid(), Domain.Organisations.Sector.Education, Guid.NewGuid(), new DossierNumber(2026, 2), new Child("Zoë", "Nguyễn", new DateOnly(2017, 5, 1), null), new Actor(Guid.NewGuid(), Owner), Now).Build();

    /// <summary>A dossier with one signal per text of the child's own words, typed as given (with or without quotation marks).</summary>
    public static Dossier WithChildsOwnWords(params string[] typed)
    {
        var builder = DossierBuilder.Open(
            Guid.NewGuid(), Domain.Organisations.Sector.Education, Guid.NewGuid(), new DossierNumber(2026, 3), new Child("Noor", "Bakker", new DateOnly(2016, 3, 1), "groep 5"), new Actor(Guid.NewGuid(), Owner), Now);
        foreach (var words in typed)
        {
            builder = builder.WithSignal(Inputs.Signal() with { ChildsOwnWords = words });
        }

        return builder.Build();
    }

    /// <summary>The quotation marks that would show a quotation inside a quotation: what the child said, quoted twice.</summary>
    public static IReadOnlyList<string> DoubledQuotationMarks { get; } = ["““", "””", "“\"", "\"”", "“„", "“'", "'”"];

    public static DossierDocumentSource SourceOf(Dossier dossier) =>
        new(dossier, Organisation, Team, Owner, new Actor(Guid.NewGuid(), Owner), Now, Guid.NewGuid());

    public static PdfFile Record(Dossier dossier) => Render(DossierRecordDocument.Compose(SourceOf(dossier)));

    public static PdfFile Draft(Dossier dossier) => Render(VeiligThuisDraftDocument.Compose(SourceOf(dossier)));

    public static PdfFile Render(PrintableDocument document) => new(TestDocuments.Renderer.RenderPdf(document));

    /// <summary>Fails unless every part occurs in the text, each after the one before.</summary>
    public static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected “{part}” after position {at} in the extracted text:\n{text}");
            at = found + part.Length;
        }
    }

    /// <summary>The text with all whitespace (line breaks from wrapping included) squeezed to single spaces.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
