using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Retention;

namespace Meldcode.Domain.Tests.Retention;

public sealed class DestructionRequestTests
{
    /// <summary>Who may ask, by age and the dossier's sector: the child from 12 in youth care and from 16 otherwise; a parent while the child is under 16.</summary>
    public static TheoryData<DestructionRequester, int, Sector, bool> Table => new()
    {
        { DestructionRequester.Child, 11, Sector.YouthCare, false },
        { DestructionRequester.Child, 12, Sector.YouthCare, true },
        { DestructionRequester.Child, 12, Sector.Education, false },
        { DestructionRequester.Child, 15, Sector.Childcare, false },
        { DestructionRequester.Child, 15, Sector.HealthCare, false },
        { DestructionRequester.Child, 16, Sector.Education, true },
        { DestructionRequester.Child, 16, Sector.HealthCare, true },
        { DestructionRequester.ParentWithAuthority, 0, Sector.Education, true },
        { DestructionRequester.ParentWithAuthority, 13, Sector.YouthCare, true },
        { DestructionRequester.ParentWithAuthority, 15, Sector.Education, true },
        { DestructionRequester.ParentWithAuthority, 16, Sector.Education, false },
        { DestructionRequester.ParentWithAuthority, 17, Sector.YouthCare, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Who_may_ask_for_early_destruction_follows_the_age_and_the_sector(DestructionRequester requester, int age, Sector sector, bool mayAsk) =>
        Assert.Equal(mayAsk, DestructionRequests.MayAsk(requester, age, sector));

    [Fact]
    public void A_request_by_a_child_too_young_is_refused_in_plain_Dutch_and_nothing_is_recorded()
    {
        var dossier = DossierBuilder.Open(Sector.Education).Build();
        var before = dossier.Chronology.Count;

        var refused = Assert.Throws<DomainException>(() => dossier.RecordDestructionRequest(DestructionRequester.Child, 14, Clock.Today, People.Lead, Clock.Now));

        Assert.Equal("Een kind mag vanaf 16 jaar zelf om vernietiging vragen (in de jeugdhulp vanaf 12). Dit kind is 14: de ouders met gezag vragen het.", refused.Message);
        Assert.False(dossier.HasOpenDestructionRequest);
        Assert.Equal(before, dossier.Chronology.Count);
    }

    [Fact]
    public void A_parent_cannot_ask_once_the_child_is_sixteen()
    {
        var dossier = DossierBuilder.Open(Sector.YouthCare).Build();

        var refused = Assert.Throws<DomainException>(() => dossier.RecordDestructionRequest(DestructionRequester.ParentWithAuthority, 16, Clock.Today, People.Lead, Clock.Now));

        Assert.StartsWith("Vanaf 16 jaar beslist het kind zelf", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_request_waits_for_a_decision_and_a_refusal_goes_into_the_chronology()
    {
        var dossier = DossierBuilder.Open(Sector.YouthCare).Build();

        dossier.RecordDestructionRequest(DestructionRequester.Child, 13, Clock.Today, People.Lead, Clock.Now);
        Assert.Throws<DomainException>(() => dossier.RecordDestructionRequest(DestructionRequester.ParentWithAuthority, 13, Clock.Today, People.Lead, Clock.Now));
        dossier.RefuseDestruction("Er loopt nog hulp; het dossier is nodig.", People.Lead, Clock.Now);

        Assert.False(dossier.HasOpenDestructionRequest);
        Assert.Equal(
            [ChronologyEntryKind.DestructionRequested, ChronologyEntryKind.DestructionRefused],
            dossier.Chronology.TakeLast(2).Select(e => e.Kind));
        Assert.Contains("Er loopt nog hulp; het dossier is nodig.", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Granting_a_request_gives_a_deletion_record_with_number_dates_term_and_reason_but_no_name()
    {
        var dossier = DossierBuilder.Open(Sector.Education).Build();
        dossier.RecordDestructionRequest(DestructionRequester.ParentWithAuthority, 8, Clock.Today, People.Lead, Clock.Now);

        var record = dossier.GrantDestruction("De zorgen bleken ongegrond.", 5, People.Lead, Clock.DaysLater(1));

        Assert.Equal((DeletedRecordKind.Dossier, dossier.Id, dossier.Number, Clock.Today, (DateOnly?)null, (int?)5, DeletionReason.DestroyedOnRequest, "De zorgen bleken ongegrond.", People.Lead.Name),
            (record.Kind, record.RecordId, record.Number, record.OpenedOn, record.ClosedOn, record.RetentionYears, record.Reason, record.DecisionReason, record.DeletedByName));
        Assert.DoesNotContain("Daan", record.ReasonText, StringComparison.Ordinal);
    }

    [Fact]
    public void Granting_is_refused_while_a_legal_hold_is_on_the_dossier()
    {
        var dossier = DossierBuilder.Open(Sector.Education).Build();
        dossier.PlaceLegalHold("Er loopt een klacht bij de klachtencommissie.", People.Lead, Clock.Now);
        dossier.RecordDestructionRequest(DestructionRequester.ParentWithAuthority, 8, Clock.Today, People.Lead, Clock.Now);

        var refused = Assert.Throws<DomainException>(() => dossier.GrantDestruction("Ouders vragen het.", 5, People.Lead, Clock.Now));

        Assert.StartsWith("Er staat een bewaarplicht op dit dossier", refused.Message, StringComparison.Ordinal);
        Assert.True(dossier.HasOpenDestructionRequest);
    }

    [Fact]
    public void A_decision_needs_a_waiting_request()
    {
        var dossier = DossierBuilder.Open().Build();

        Assert.Throws<DomainException>(() => dossier.RefuseDestruction("Geen reden.", People.Lead, Clock.Now));
        Assert.Throws<DomainException>(() => dossier.GrantDestruction("Geen reden.", 5, People.Lead, Clock.Now));
    }
}
