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

    [Fact]
    public void The_childs_own_words_stand_in_one_pair_of_quotation_marks_whether_or_not_they_were_typed_with_marks()
    {
        using var pdf = Draft(WithChildsOwnWords("Papa was boos.", "“Ik mag niet naar huis.”"));

        var text = Flat(pdf.Text());
        AssertInOrder(text,
            "3. Signalen",
            "Letterlijk gezegd door het kind", "“Papa was boos.”",
            "Letterlijk gezegd door het kind", "“Ik mag niet naar huis.”");
        Assert.All(DoubledQuotationMarks, marks => Assert.DoesNotContain(marks, text, StringComparison.Ordinal));
    }
}
