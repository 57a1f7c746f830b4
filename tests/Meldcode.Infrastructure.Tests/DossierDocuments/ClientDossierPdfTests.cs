using static Meldcode.Infrastructure.Tests.DossierDocuments.DossierDocumentPdfs;

namespace Meldcode.Infrastructure.Tests.DossierDocuments;

/// <summary>The record and the draft report of a dossier about an adult client: they name the client and the children in the household, not "het kind".</summary>
public sealed class ClientDossierPdfTests
{
    [Fact]
    public void The_record_of_an_adult_client_dossier_names_the_client_the_kindcheck_and_the_children_in_the_household()
    {
        using var pdf = Record(AboutAnAdultClient());

        var text = Flat(pdf.Text());
        AssertInOrder(text,
            "Dossierverslag meldcode – dossier 2026-0003",
            "Samenvatting",
            "Cliënt Petra de Groot",
            "Kinderen in het gezin Kindcheck positief: 2 kind(eren), leeftijden 4 en 7 jaar",
            "Bij naam: Daan de Groot (geboren",
            "Lotte de Groot (geboren",
            "Kinderen in het gezin, ouders en verzorgers",
            "Ouders en verzorgers Erik Vos (vader van Daan en Lotte, woont niet in huis, heeft gezag)",
            "Kinderen in het gezin Daan de Groot",
            "Stap 1: signalen in kaart brengen",
            "Kindcheck (",
            "Chronologie",
            "Dossier 2026-0003 geopend over cliënt Petra de Groot",
            "Kindcheck positief",
            "Kind in het gezin toegevoegd: Daan de Groot");
        Assert.DoesNotContain("Groep of klas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Broers en zussen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind Petra", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_report_of_an_adult_client_dossier_names_the_client_and_the_children_in_the_household()
    {
        using var pdf = Draft(AboutAnAdultClient());

        var text = Flat(pdf.Text());
        AssertInOrder(text,
            "2. Betrokkenen",
            "De cliënt (volwassene)",
            "Naam Petra de Groot",
            "Kinderen in het gezin",
            "Kindcheck positief: 2 kind(eren)",
            "Bij naam: Daan de Groot",
            "Ouders en verzorgers",
            "Erik Vos",
            "3. Signalen");
        Assert.DoesNotContain("Het kind", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Groep of klas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Broers en zussen", text, StringComparison.Ordinal);
    }
}
