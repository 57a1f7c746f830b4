using BenchmarkDotNet.Attributes;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Infrastructure.Documents;
using Meldcode.Infrastructure.Persistence;

namespace Meldcode.Benchmarks;

/// <summary>
/// The dossier record, composed and rendered as the download does it (minus the database): a typical
/// dossier (20 signals, every step) and a large one (300 signals). Run:
/// <c>dotnet run -c Release --project tests/Meldcode.Benchmarks -- pdf</c>.
/// </summary>
[MemoryDiagnoser]
public class DossierRecordBenchmark
{
    private readonly PdfRenderer _renderer = new(new PdfOptions());
    private DossierDocumentSource _source = null!;

    /// <summary>Signals in the dossier: 20 is typical, 300 is large.</summary>
    [Params(20, 300)]
    public int Signals { get; set; }

    /// <summary>Pages of the rendered record, for pages per second.</summary>
    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var now = new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);
        var owner = new Actor(Guid.NewGuid(), "Sanne de Vries");
        var dossier = DemoDossiers.WalkedThroughEveryStep(Guid.NewGuid(), Guid.NewGuid(), new DossierNumber(2026, 1), owner, new Actor(Guid.NewGuid(), "Mehmet Yılmaz"), now, extraSignals: Signals - 3);
        _source = new DossierDocumentSource(dossier, "Stichting Primair Onderwijs De Linde (demo)", "Basisschool De Esdoorn", owner.Name, owner, now, Guid.NewGuid());
        Pages = CountPages(Render());
        Console.WriteLine($"// {Signals} signals: {Pages} pages");
    }

    [Benchmark]
    public byte[] Render() => _renderer.RenderPdf(DossierRecordDocument.Compose(_source));

    private static int CountPages(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
