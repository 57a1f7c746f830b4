using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>Requests to see the file (inzageverzoek, AVG art. 15): who may receive it (domain.md §7), the deadline, and the answer.</summary>
public sealed class InspectionRequestTests
{
    private const string Reason = "Het dossier is groot en er lopen twee verzoeken tegelijk.";

    /// <summary>Daan Jansen is born 12-03-2018: 8 years old on the clock's day.</summary>
    private static readonly DateOnly Received = new(2026, 11, 2);

    public static TheoryData<int, RequesterRelation, bool> Every_age_relation_and_authority()
    {
        var cases = new TheoryData<int, RequesterRelation, bool>();
        for (var age = 0; age <= 20; age++)
        {
            foreach (var relation in Enum.GetValues<RequesterRelation>())
            {
                cases.Add(age, relation, true);
                cases.Add(age, relation, false);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Every_age_relation_and_authority))]
    public void Under_12_the_parents_with_authority_from_12_to_16_both_and_from_16_the_child_alone_may_see_the_file(int age, RequesterRelation relation, bool authority)
    {
        // The table of domain.md §7, written out independently of the rule.
        var expected = relation switch
        {
            RequesterRelation.Child => age >= 12,
            RequesterRelation.Parent or RequesterRelation.OtherCarer => authority && age < 16,
            _ => false,
        };

        var verdict = InspectionRules.Decide(relation, authority, age);

        Assert.Equal(expected, verdict.MayReceive);
        Assert.Equal(expected, verdict.RefusalReason is null);
    }

    [Theory]
    [InlineData(RequesterRelation.Child, true, 11, InspectionRules.ChildTooYoung)]
    [InlineData(RequesterRelation.Parent, true, 16, InspectionRules.ChildDecidesAlone)]
    [InlineData(RequesterRelation.OtherCarer, false, 5, InspectionRules.NoAuthority)]
    [InlineData(RequesterRelation.SomeoneElse, true, 5, InspectionRules.NotEntitled)]
    public void A_refusal_says_why_in_plain_dutch(RequesterRelation relation, bool authority, int age, string reason) =>
        Assert.Equal(reason, InspectionRules.Decide(relation, authority, age).RefusalReason);

    [Theory]
    [InlineData("2018-03-12", "2030-03-11", 11)]
    [InlineData("2018-03-12", "2030-03-12", 12)]
    [InlineData("2008-02-29", "2024-02-28", 15)]
    [InlineData("2008-02-29", "2024-02-29", 16)]
    public void The_age_counts_whole_years_and_turns_on_the_birthday(string born, string on, int age) =>
        Assert.Equal(age, InspectionRules.AgeOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-02", "2026-12-02", "2027-02-02")]
    [InlineData("2027-01-31", "2027-02-28", "2027-04-30")]
    public void The_answer_is_due_in_a_month_and_three_months_once_extended(string received, string deadline, string extended)
    {
        var on = DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), InspectionRules.DeadlineFor(on));
        Assert.Equal(DateOnly.Parse(extended, System.Globalization.CultureInfo.InvariantCulture), InspectionRules.ExtendedDeadlineFor(on));
    }

    [Fact]
    public void Recording_a_request_takes_the_age_from_the_date_of_birth_and_writes_the_chronology_without_the_requesters_name()
    {
        var dossier = DossierBuilder.Open().Build();

        var request = dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, Received, People.Lead, Clock.Now);

        Assert.Equal((8, true, InspectionStatus.Open, new DateOnly(2026, 12, 2)), (request.ChildAge, request.MayReceive, request.Status, request.Deadline));
        var entry = dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.InspectionRequested, entry.Kind);
        Assert.Equal("Inzageverzoek ontvangen op 02-11-2026 van een ouder met gezag (leeftijd toen: 8 jaar). Antwoord uiterlijk 02-12-2026.", entry.Summary);
        Assert.DoesNotContain("Petra", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requester_who_may_not_receive_the_file_is_recorded_and_answered_as_refused_with_the_reason()
    {
        var dossier = DossierBuilder.Open().Build();

        var request = dossier.RecordInspectionRequest("Kees de Buurman", RequesterRelation.SomeoneElse, false, null, Received, People.Lead, Clock.Now);

        Assert.Equal((InspectionStatus.Refused, InspectionRules.NotEntitled, Clock.Today), (request.Status, request.RefusalReason, request.AnsweredOn));
        Assert.False(request.IsOverdueOn(Clock.Today.AddYears(1)));
        Assert.EndsWith($"Geweigerd: {InspectionRules.NotEntitled}", dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_is_overdue_after_its_deadline_and_an_extension_moves_the_deadline_once()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, Received, People.Lead, Clock.Now);
        Assert.False(request.IsOverdueOn(new DateOnly(2026, 12, 2)));
        Assert.True(request.IsOverdueOn(new DateOnly(2026, 12, 3)));

        dossier.ExtendInspectionDeadline(request.Id, Reason, People.Lead, Clock.Now);

        Assert.Equal(new DateOnly(2027, 2, 2), request.Deadline);
        Assert.False(request.IsOverdueOn(new DateOnly(2026, 12, 3)));
        Assert.Equal($"Termijn van het inzageverzoek van 02-11-2026 verlengd tot 02-02-2027.{Environment.NewLine}Reden: {Reason}", dossier.Chronology[^1].Summary);
        var twice = Assert.Throws<DomainException>(() => dossier.ExtendInspectionDeadline(request.Id, Reason, People.Lead, Clock.Now));
        Assert.Equal("De termijn van dit inzageverzoek is al eens verlengd. Verlengen kan maar één keer.", twice.Message);
    }

    [Fact]
    public void A_deadline_that_has_passed_is_not_extended()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, new DateOnly(2026, 10, 1), People.Lead, Clock.Now);

        var late = Assert.Throws<DomainException>(() => dossier.ExtendInspectionDeadline(request.Id, Reason, People.Lead, Clock.Now));

        Assert.StartsWith("De termijn is op 01-11-2026 verlopen.", late.Message, StringComparison.Ordinal);
        Assert.False(request.IsExtended);
    }

    [Fact]
    public void The_file_is_provided_only_after_the_export_and_the_chronology_shows_the_answer()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, Received, People.Lead, Clock.Now);

        var early = Assert.Throws<DomainException>(() => dossier.ProvideInspection(request.Id, Clock.Today, People.Lead, Clock.Now));
        Assert.StartsWith("Maak eerst de inzage-export", early.Message, StringComparison.Ordinal);

        dossier.RecordInspectionExport(request.Id, "2026-0042-ABCDEF12", "- namen van medewerkers", People.Lead, Clock.Now);
        Assert.Equal(ChronologyEntryKind.Exported, dossier.Chronology[^1].Kind);
        dossier.ProvideInspection(request.Id, Clock.Today, People.Lead, Clock.Now);

        Assert.Equal((InspectionStatus.Provided, Clock.Today), (request.Status, request.AnsweredOn));
        Assert.Equal("Inzageverzoek van 02-11-2026 beantwoord: het dossier is op 18-11-2026 verstrekt.", dossier.Chronology[^1].Summary);
        Assert.Equal("Dit inzageverzoek is al beantwoord.", Assert.Throws<DomainException>(() => dossier.RefuseInspection(request.Id, Reason, Clock.Today, People.Lead, Clock.Now)).Message);
    }

    [Fact]
    public void The_lead_may_refuse_with_a_reason_but_not_before_the_request_came_in_or_in_the_future()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, Received, People.Lead, Clock.Now);

        Assert.Throws<DomainException>(() => dossier.RefuseInspection(request.Id, Reason, Received.AddDays(-1), People.Lead, Clock.Now));
        Assert.Throws<DomainException>(() => dossier.RefuseInspection(request.Id, Reason, Clock.Today.AddDays(1), People.Lead, Clock.Now));
        dossier.RefuseInspection(request.Id, Reason, Clock.Today, People.Lead, Clock.Now);

        Assert.Equal((InspectionStatus.Refused, Reason), (request.Status, request.RefusalReason));
        Assert.Equal($"Inzageverzoek van 02-11-2026 geweigerd op 18-11-2026.{Environment.NewLine}Reden: {Reason}", dossier.Chronology[^1].Summary);
    }

    [Fact]
    public void A_closed_dossier_still_takes_requests_to_see_it()
    {
        var dossier = DossierBuilder.Open().Build();
        dossier.Close("Geen zorgen meer.", People.Owner, Clock.Now);

        var request = dossier.RecordInspectionRequest("Daan Jansen", RequesterRelation.Child, false, null, Received, People.Lead, Clock.Now);

        Assert.Equal((InspectionStatus.Refused, InspectionRules.ChildTooYoung), (request.Status, request.RefusalReason));
        Assert.True(dossier.IsClosed);
    }

    [Fact]
    public void The_requester_named_as_a_carer_must_be_a_carer_of_this_dossier_and_asks_as_a_parent_or_carer()
    {
        var dossier = DossierBuilder.Open().WithCarer().Build();
        var carer = dossier.Carers[0];

        Assert.Equal("De ouder of verzorger die je koos, hoort niet bij dit dossier.", Assert.Throws<DomainException>(() =>
            dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, Guid.NewGuid(), Received, People.Lead, Clock.Now)).Message);
        Assert.Throws<DomainException>(() => dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.SomeoneElse, true, carer.Id, Received, People.Lead, Clock.Now));
        Assert.Equal(carer.Id, dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, carer.Id, Received, People.Lead, Clock.Now).CarerId);
    }
}
