using Meldcode.Domain.Common;
using Meldcode.Infrastructure.Tests.Documents.Support;
using static Meldcode.Infrastructure.Tests.DossierDocuments.DossierDocumentPdfs;

namespace Meldcode.Infrastructure.Tests.DossierDocuments;

/// <summary>The "Dossierverslag meldcode" as a PDF, read back with PdfPig and checked with qpdf.</summary>
public sealed class DossierRecordPdfTests
{
    [Fact]
    public void The_record_of_a_dossier_that_walked_every_step_reads_back_in_order_with_every_step()
    {
        using var pdf = Record(Walked());

        var text = Flat(pdf.Text());
        AssertInOrder(text,
            "Dossierverslag meldcode – dossier 2026-0001",
            "Samenvatting",
            "Kind Noor Bakker",
            "Ouders en verzorgers Fatima Bakker (moeder, heeft gezag); Łukasz Kowalczyk (stiefvader)",
            "Acuut gevaar",
            "Stap 1: signalen in kaart brengen",
            "Signaal 1: Lichamelijke mishandeling",
            "Feiten Blauwe plek van ongeveer drie centimeter",
            "“Dat mag ik niet zeggen, anders wordt papa boos.”",
            "Interpretatie Mogelijk letsel",
            "Bron verteld door Eva Visser, vakleerkracht gym",
            "Contra-indicatie: dit signaal pleit tegen het vermoeden.",
            "Stap 2: collegiale consultatie en advies",
            "Met Mehmet Yılmaz",
            "Veilig Thuis (anoniem advies)",
            "Stap 3: gesprek met de cliënt",
            "Stap 4 en 5: wegen met het afwegingskader en beslissen",
            "Vraag 1: vermoeden",
            "Vraag 2: veiligheid",
            "Het afwegingskader raadt aan: melden bij Veilig Thuis, en blijven helpen waar je kunt.",
            "Melding bij Veilig Thuis",
            "Nee. Uitzondering: de veiligheid van het kind of van gezinsleden.",
            "Hulp door Schoolmaatschappelijk werk (Nguyễn Thị Lan)",
            "Vraag 5: resultaat ja",
            "Chronologie",
            "Dossier 2026-0001 geopend over Noor Bakker",
            "(correctie op 1)",
            "Noor zit in groep 6, niet in groep 5.");
    }

    [Fact]
    public void Every_page_carries_the_organisation_the_dossier_number_confidential_and_page_x_of_y()
    {
        using var pdf = Record(Walked());

        Assert.True(pdf.PageCount >= 3, $"Expected several pages, got {pdf.PageCount}.");
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var text = Flat(pdf.Text(page));
            Assert.Contains(Organisation, text, StringComparison.Ordinal);
            Assert.Contains("Dossier 2026-0001", text, StringComparison.Ordinal);
            Assert.Contains("VERTROUWELIJK", text, StringComparison.Ordinal);
            Assert.Contains($"pagina {page} van {pdf.PageCount}", text, StringComparison.Ordinal);
            Assert.Contains($"Gemaakt op {DutchTime.Moment(Now)} door {Owner}", text, StringComparison.Ordinal);
            Assert.Contains("2026-0001-", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_record_has_its_metadata_embedded_fonts_and_passes_qpdf()
    {
        using var pdf = Record(Walked());

        var info = pdf.Info();
        Assert.Equal("Dossierverslag meldcode", info["Title"]);
        Assert.Equal("Verslag van dossier 2026-0001 volgens de meldcode", info["Subject"]);
        Assert.Equal(Organisation, info["Author"]);
        Assert.NotEmpty(pdf.Fonts());
        Assert.All(pdf.Fonts(), font => Assert.True(font.Embedded && font.Subset, font.Line));
        var (exitCode, output) = pdf.QpdfCheck();
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void A_dossier_with_every_optional_field_empty_says_niet_ingevuld_and_what_has_not_happened()
    {
        using var pdf = Record(JustOpened());

        var text = Flat(pdf.Text());
        AssertInOrder(text,
            "Kind Zoë Nguyễn",
            "Groep of klas niet ingevuld",
            "Besluit nog geen besluit",
            "Ouders en verzorgers niet ingevuld",
            "Broers en zussen niet ingevuld",
            "Geen signalen vastgelegd.",
            "Geen consultaties vastgelegd.",
            "Geen gesprek vastgelegd.",
            "Nog niet gewogen.",
            "Chronologie",
            "Dossier 2026-0002 geopend over Zoë Nguyễn");
        Assert.DoesNotContain("Melding bij Veilig Thuis", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hulp en volgen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_hundred_signals_with_hostile_text_come_out_literally_and_the_file_stays_valid()
    {
        var dossier = Walked(extraSignals: 297);
        var actor = new Actor(Guid.NewGuid(), Owner);
        var hostile = "<script>alert('x')</script> \u0000\u0007\u001b[2J " + string.Concat(Enumerable.Repeat("Ĳsselmeer‑€‑", 700)) + " einde";
        dossier.Correct(dossier.Chronology[3].Id, hostile, "Vijandige tekst als correctie.", actor, Now);

        using var pdf = Record(dossier);

        Assert.Equal(300, dossier.Signals.Count);
        Assert.True(pdf.PageCount > 60, $"Expected a long record, got {pdf.PageCount} pages.");
        var text = Flat(pdf.Text());
        Assert.Contains("Signaal 300:", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", text, StringComparison.Ordinal);
        Assert.Contains("einde", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
        var (exitCode, output) = pdf.QpdfCheck();
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_childs_own_words_stand_in_one_pair_of_quotation_marks_whether_or_not_they_were_typed_with_marks()
    {
        using var pdf = Record(WithChildsOwnWords("Papa was boos.", "\"Ik mag niet naar huis.\"", "„Mama huilde.”"));

        var text = Flat(pdf.Text());
        AssertInOrder(text,
            "Signaal 1:", "“Papa was boos.”",
            "Signaal 2:", "“Ik mag niet naar huis.”",
            "Signaal 3:", "“Mama huilde.”",
            "Chronologie", "Eigen woorden van het kind: “Papa was boos.”",
            "Eigen woorden van het kind: “Ik mag niet naar huis.”",
            "Eigen woorden van het kind: “Mama huilde.”");
        Assert.All(DoubledQuotationMarks, marks => Assert.DoesNotContain(marks, text, StringComparison.Ordinal));
    }

    /// <summary>Not a pixel test: leaves the demo record and its page images in test-artifacts/dossier-documents to look at.</summary>
    [Fact]
    public void The_demo_record_is_written_as_pdf_and_page_images_to_the_test_artifacts()
    {
        var folder = RepositoryRoot.ArtifactsFolder("dossier-documents");
        using var record = Record(Walked());
        using var draft = Draft(Walked());

        File.WriteAllBytes(Path.Combine(folder, "dossierverslag-demo.pdf"), record.Bytes);
        File.WriteAllBytes(Path.Combine(folder, "concept-melding-demo.pdf"), draft.Bytes);
        record.WritePageImages(Path.Combine(folder, "dossierverslag-demo"), resolution: 80);

        Assert.Equal(record.PageCount, Directory.GetFiles(folder, "dossierverslag-demo-*.png").Length);
    }
}
