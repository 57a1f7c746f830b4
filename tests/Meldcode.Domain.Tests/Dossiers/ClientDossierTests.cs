using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>A dossier is about a child or about an adult client (after a kindcheck): exactly one of them.</summary>
public sealed class ClientDossierTests
{
    private static readonly DateOnly Today = DutchTime.Today(Clock.Now);

    private static readonly KindcheckInput TwoChildren = new(true, 2, "4 en 7 jaar", "de cliënt en oma");

    private static Dossier OpenAboutClient(Sector sector = Sector.HealthCare, DateOnly? dateOfBirth = null) =>
        Dossier.OpenAboutClient(Guid.NewGuid(), sector, Guid.NewGuid(), new DossierNumber(2026, 7), new Client(" Petra ", " de Groot ", dateOfBirth ?? new DateOnly(1990, 3, 4)), TwoChildren, People.Owner, Clock.Now);

    [Fact]
    public void A_dossier_about_a_child_has_the_child_and_no_client()
    {
        var dossier = DossierBuilder.Open().Build();

        Assert.Equal(DossierSubject.Child, dossier.Subject);
        Assert.NotNull(dossier.Child);
        Assert.Null(dossier.Client);
        Assert.Same(dossier.Child, dossier.PersonConcerned);
    }

    [Fact]
    public void A_dossier_about_an_adult_client_has_the_client_no_child_and_starts_with_the_kindcheck()
    {
        var dossier = OpenAboutClient();

        Assert.Equal(DossierSubject.Client, dossier.Subject);
        Assert.Null(dossier.Child);
        Assert.Equal("Petra de Groot", dossier.Client!.FullName);
        Assert.Same(dossier.Client, dossier.PersonConcerned);
        Assert.Equal(Sector.HealthCare, dossier.Sector);
        Assert.Equal([ChronologyEntryKind.Opened, ChronologyEntryKind.KindcheckRecorded], dossier.Chronology.Select(e => e.Kind));
        Assert.Equal("Dossier 2026-0007 geopend over cliënt Petra de Groot (geboren 04-03-1990). Het dossier begint met de kindcheck.", dossier.Chronology[0].Summary);
        Assert.Equal((true, (int?)2), (Assert.Single(dossier.Kindchecks).ChildrenPresent, dossier.Kindchecks[0].NumberOfChildren));
    }

    [Theory]
    [InlineData(Sector.Education, "onderwijs")]
    [InlineData(Sector.Childcare, "kinderopvang")]
    public void Education_and_childcare_open_no_dossier_about_an_adult_client(Sector sector, string dutch)
    {
        var refused = Assert.Throws<DomainException>(() => OpenAboutClient(sector));

        Assert.Contains($"dit team werkt in de sector {dutch}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_is_an_adult_from_their_eighteenth_birthday()
    {
        var refused = Assert.Throws<DomainException>(() => OpenAboutClient(dateOfBirth: Today.AddYears(-18).AddDays(1)));

        Assert.Equal("Een cliënt is 18 jaar of ouder. Gaat je zorg over een kind? Open dan een dossier over het kind.", refused.Message);
        Assert.Equal(DossierSubject.Client, OpenAboutClient(dateOfBirth: Today.AddYears(-18)).Subject);
    }

    [Fact]
    public void Children_added_to_a_client_dossier_are_recorded_as_children_in_the_household()
    {
        var dossier = OpenAboutClient();

        dossier.AddSibling("Daan de Groot", new DateOnly(2019, 5, 1), People.Owner, Clock.Now);

        Assert.Equal("Kind in het gezin toegevoegd: Daan de Groot (geboren 01-05-2019).", dossier.Chronology[^1].Summary);
        Assert.Equal("Kinderen in het gezin", DutchTerms.SiblingsOf(dossier.Subject));
        Assert.Equal("Broers en zussen", DutchTerms.SiblingsOf(DossierSubject.Child));
    }

    [Fact]
    public void Anonymous_advice_from_Veilig_Thuis_may_not_name_the_client()
    {
        var dossier = OpenAboutClient();

        var refused = Assert.Throws<DomainException>(() => dossier.RecordConsultation(
            new ConsultationInput(ConsultationKind.VeiligThuisAdvice, Today, "Veilig Thuis", "Wat doen we met Petra?", "Bespreek de zorgen.", null, ConsentToShare.NotAsked), People.Owner, Clock.Now));

        Assert.StartsWith("Advies van Veilig Thuis vraag je anoniem", refused.Message, StringComparison.Ordinal);
    }
}
