using static Meldcode.Infrastructure.Tests.DossierDocuments.DossierDocumentPdfs;

namespace Meldcode.Infrastructure.Tests.DossierDocuments;

/// <summary>The "Concept melding" as a PDF: the same content as the text on screen, in Veilig Thuis's order.</summary>
public sealed class VeiligThuisDraftPdfTests
{
    [Fact]
    public void The_draft_report_reads_back_in_the_order_veilig_thuis_asks_for()
    {
        using var pdf = Draft(Walked());

        AssertInOrder(Flat(pdf.Text()),
            "Concept melding aan Veilig Thuis – dossier 2026-0001",
            "1. Melder",
            "2. Betrokkenen",
            "Naam Łukasz Kowalczyk",
            "3. Signalen",
            "Bron eigen waarneming",
            "Bron verteld door Eva Visser, vakleerkracht gym",
            "Wat tegen het vermoeden pleit",
            "4. Wat er al is gedaan",
            "5. Netwerk en betrokken hulpverlening",
            "6. Is de cliënt geïnformeerd over de melding?",
            "7. Wat de melder vraagt");
        Assert.Equal("Concept melding aan Veilig Thuis", pdf.Info()["Title"]);
        var (exitCode, output) = pdf.QpdfCheck();
        Assert.True(exitCode == 0, output);
    }
}
