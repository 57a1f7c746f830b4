using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Retention;

public sealed class LegalHoldTests
{
    [Fact]
    public void A_hold_is_placed_with_its_reason_and_shows_in_the_chronology()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.PlaceLegalHold("  Er loopt een rechtszaak.  ", People.Lead, Clock.Now);

        Assert.True(dossier.IsUnderLegalHold);
        Assert.Equal(("Er loopt een rechtszaak.", People.Lead.Name), (dossier.LegalHoldReason, dossier.LegalHoldPlacedByName));
        Assert.Equal(ChronologyEntryKind.LegalHoldPlaced, dossier.Chronology[^1].Kind);
        Assert.Contains("Reden: Er loopt een rechtszaak.", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_dossier_can_still_be_held_and_released()
    {
        var dossier = DossierBuilder.Open().Build();
        dossier.Close("Zorgen bleken ongegrond.", People.Owner, Clock.Now);

        dossier.PlaceLegalHold("Klacht van de ouders loopt.", People.Lead, Clock.DaysLater(1));
        dossier.LiftLegalHold("De klacht is afgehandeld.", People.Lead, Clock.DaysLater(30));

        Assert.False(dossier.IsUnderLegalHold);
        Assert.Null(dossier.LegalHoldPlacedAt);
        Assert.Equal(ChronologyEntryKind.LegalHoldLifted, dossier.Chronology[^1].Kind);
    }

    [Fact]
    public void A_second_hold_or_lifting_no_hold_is_refused()
    {
        var dossier = DossierBuilder.Open().Build();

        Assert.Equal("Er staat geen bewaarplicht op dit dossier.", Assert.Throws<DomainException>(() => dossier.LiftLegalHold("Klaar.", People.Lead, Clock.Now)).Message);
        dossier.PlaceLegalHold("Onderzoek van de inspectie.", People.Lead, Clock.Now);
        Assert.Equal("Er staat al een bewaarplicht op dit dossier.", Assert.Throws<DomainException>(() => dossier.PlaceLegalHold("Nog een.", People.Lead, Clock.Now)).Message);
    }
}
