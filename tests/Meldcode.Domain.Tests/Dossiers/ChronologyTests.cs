using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class ChronologyTests
{
    private const string ClosedMessage = "Dit dossier is gesloten. Je kunt alleen nog een correctie toevoegen.";

    /// <summary>The actor and the moment of every change under test: someone other than the owner, a day later.</summary>
    private static readonly Actor Actor = People.Colleague;

    private static readonly DateTimeOffset At = Clock.DaysLater(1);

    /// <summary>Every method that changes a dossier: the state it needs, the change, and what it must append.</summary>
    private static readonly Dictionary<string, Change> Changes = new()
    {
        ["AddCarer"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.AddCarer("Petra Jansen", "moeder", true, a, t),
            ChronologyEntryKind.ChildUpdated),
        ["AddSibling"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.AddSibling("Sem Jansen", new DateOnly(2020, 5, 1), a, t),
            ChronologyEntryKind.ChildUpdated),
        ["AddCollaborator"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.AddCollaborator(People.Lead.UserId, People.Lead.Name, a, t),
            ChronologyEntryKind.CollaboratorAdded),
        ["RemoveCollaborator"] = new(
            () => DossierBuilder.Open().WithCollaborator(People.Lead).Build(),
            (d, a, t) => d.RemoveCollaborator(People.Lead.UserId, a, t),
            ChronologyEntryKind.CollaboratorRemoved),
        ["RecordSignal"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordSignal(Inputs.Signal(), a, t),
            ChronologyEntryKind.SignalRecorded),
        ["RecordKindcheck"] = new(
            () => DossierBuilder.Open(Sector.YouthCare).Build(),
            (d, a, t) => d.RecordKindcheck(false, null, null, null, a, t),
            ChronologyEntryKind.KindcheckRecorded),
        ["RecordConsultation"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordConsultation(Inputs.Consultation(), a, t),
            ChronologyEntryKind.ConsultationRecorded),
        ["RequestConsultation"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, "Wil je meekijken?", a, t),
            ChronologyEntryKind.ConsultationRequested),
        ["AnswerConsultationRequest"] = new(
            () => WithRequestTo(Actor),
            (d, a, t) => d.AnswerConsultationRequest(d.ConsultationRequests[^1].Id, "Leg de signalen vast.", null, a, t),
            ChronologyEntryKind.ConsultationRequestAnswered),
        ["WithdrawConsultationRequest"] = new(
            () => WithRequestTo(People.Lead),
            (d, a, t) => d.WithdrawConsultationRequest(d.ConsultationRequests[^1].Id, a, t),
            ChronologyEntryKind.ConsultationRequestWithdrawn),
        ["RecordConversation"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordConversation(Inputs.Conversation(), a, t),
            ChronologyEntryKind.ConversationRecorded),
        ["SkipConversation"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.SkipConversation(ConversationSkipReason.ChildSafety, "Het kind loopt gevaar.", a, t),
            ChronologyEntryKind.ConversationSkipped),
        ["AnswerWeighingQuestion"] = new(
            () => DossierBuilder.ReadyToWeigh().Build(),
            (d, a, t) => d.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, "Drie signalen.", a, t),
            ChronologyEntryKind.WeighingAnswered),
        ["Decide to report"] = new(
            () => DossierBuilder.WeighedTo(Outcome.Report).Build(),
            (d, a, t) => d.Decide(Outcome.Report, "Hulp is niet mogelijk.", null, a, t),
            ChronologyEntryKind.DecisionRecorded),
        ["Decide to close"] = new(
            () => DossierBuilder.WeighedTo(Outcome.Close).Build(),
            (d, a, t) => d.Decide(Outcome.Close, "Geen vermoeden.", null, a, t),
            ChronologyEntryKind.DecisionRecorded,
            ChronologyEntryKind.Closed),
        ["RecordReport"] = new(
            () => DossierBuilder.DecidedTo(Outcome.Report).Build(),
            (d, a, t) => d.RecordReport(Inputs.Report(), a, t),
            ChronologyEntryKind.ReportRecorded),
        ["RecordVeiligThuisFeedback"] = new(
            () => DossierBuilder.DecidedTo(Outcome.Report).WithReport().Build(),
            (d, a, t) => d.RecordVeiligThuisFeedback(d.Reports[0].Id, VeiligThuisFeedback.TakenOn, Clock.Today, null, a, t),
            ChronologyEntryKind.VeiligThuisFeedbackRecorded),
        ["RecordHelp"] = new(
            () => DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).Build(),
            (d, a, t) => d.RecordHelp("Opvoedondersteuning.", "Wijkteam", Clock.Today.AddDays(42), a, t),
            ChronologyEntryKind.HelpRecorded),
        ["Evaluate: help does not work"] = new(
            () => DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build(),
            (d, a, t) => d.Evaluate(false, "Het helpt niet.", null, a, t),
            ChronologyEntryKind.EvaluationRecorded),
        ["Evaluate: help works"] = new(
            () => DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build(),
            (d, a, t) => d.Evaluate(true, "Het is veilig.", "Maandelijks navragen.", a, t),
            ChronologyEntryKind.EvaluationRecorded,
            ChronologyEntryKind.Closed),
        ["RecordEmergencyAction"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordEmergencyAction("112 gebeld.", "Politie", t.AddMinutes(-10), a, t),
            ChronologyEntryKind.EmergencyActionRecorded),
        ["AddComment"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.AddComment("Moeder belde om te vragen hoe het ging.", a, t),
            ChronologyEntryKind.CommentAdded),
        ["Correct"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.Correct(d.Chronology[0].Id, "De groep is groep 6.", "Verkeerde groep ingevuld.", a, t),
            ChronologyEntryKind.Correction),
        ["Close"] = new(
            () => DossierBuilder.ReadyToWeigh().Build(),
            (d, a, t) => d.Close("Geen zorgen meer.", a, t),
            ChronologyEntryKind.Closed),
        ["Decide to report with four eyes"] = new(
            () => DossierBuilder.WeighedTo(Outcome.Report).Build(),
            (d, a, t) => d.Decide(Outcome.Report, "Hulp is niet mogelijk.", null, a, t, ReviewRoute.TeamLeads),
            ChronologyEntryKind.DecisionRecorded,
            ChronologyEntryKind.ReviewRequested),
        ["CoSignDecision"] = new(
            () => DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build(),
            (d, a, t) => d.CoSignDecision("Goed onderbouwd.", a, t),
            ChronologyEntryKind.ReviewCoSigned),
        ["DisagreeWithDecision"] = new(
            () => DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build(),
            (d, a, t) => d.DisagreeWithDecision("Ik had eerst hulp geboden, de ouders werken goed mee.", a, t),
            ChronologyEntryKind.ReviewDisagreed),
        ["HandOver"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.HandOver(People.Lead, People.Owner.Name, "Sanne is met verlof.", a, t),
            ChronologyEntryKind.HandedOver),
        ["RecordExport"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordExport("Dossieroverzicht (PDF)", a, t),
            ChronologyEntryKind.Exported),
        ["RecordInspectionRequest"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, Clock.Today, a, t),
            ChronologyEntryKind.InspectionRequested),
        ["ExtendInspectionDeadline"] = new(
            WithInspectionRequest,
            (d, a, t) => d.ExtendInspectionDeadline(d.InspectionRequests[0].Id, "Veel uitzoekwerk.", a, t),
            ChronologyEntryKind.InspectionExtended),
        ["RecordInspectionExport"] = new(
            WithInspectionRequest,
            (d, a, t) => d.RecordInspectionExport(d.InspectionRequests[0].Id, "2026-0042-ABCDEF12", "- namen van medewerkers", a, t),
            ChronologyEntryKind.Exported),
        ["RefuseInspection"] = new(
            WithInspectionRequest,
            (d, a, t) => d.RefuseInspection(d.InspectionRequests[0].Id, "Ingetrokken.", Clock.Today, a, t),
            ChronologyEntryKind.InspectionAnswered),
        ["PlaceLegalHold"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.PlaceLegalHold("Er loopt een klacht.", a, t),
            ChronologyEntryKind.LegalHoldPlaced),
        ["LiftLegalHold"] = new(
            () => DossierBuilder.Open().Build().Also(d => d.PlaceLegalHold("Er loopt een klacht.", People.Lead, Clock.Now)),
            (d, a, t) => d.LiftLegalHold("De klacht is afgehandeld.", a, t),
            ChronologyEntryKind.LegalHoldLifted),
        ["RecordDestructionRequest"] = new(
            () => DossierBuilder.Open().Build(),
            (d, a, t) => d.RecordDestructionRequest(Domain.Retention.DestructionRequester.ParentWithAuthority, 8, Clock.Today, a, t),
            ChronologyEntryKind.DestructionRequested),
        ["RefuseDestruction"] = new(
            () => DossierBuilder.Open().Build().Also(d => d.RecordDestructionRequest(Domain.Retention.DestructionRequester.ParentWithAuthority, 8, Clock.Today, People.Lead, Clock.Now)),
            (d, a, t) => d.RefuseDestruction("Het dossier is nog nodig.", a, t),
            ChronologyEntryKind.DestructionRefused),
    };

    /// <summary>
    /// What may still happen on a closed dossier: a correction, exporting (which is a read, logged), reviewing a decision (one to
    /// close that deviates closes the dossier at once), requests to see the file (the right lasts as long as the file), and
    /// retention (a legal hold, a request for early destruction).
    /// </summary>
    private static readonly string[] AllowedWhenClosed =
    [
        "Correct", "RecordExport", "CoSignDecision", "DisagreeWithDecision",
        "RecordInspectionRequest", "ExtendInspectionDeadline", "RecordInspectionExport", "RefuseInspection",
        "PlaceLegalHold", "LiftLegalHold", "RecordDestructionRequest", "RefuseDestruction",
    ];

    private static Dossier WithInspectionRequest()
    {
        var dossier = DossierBuilder.Open().Build();
        dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, null, Clock.Today, People.Lead, Clock.Now);
        return dossier;
    }

    public static TheoryData<string> EveryChange => new(Changes.Keys);

    public static TheoryData<string> EveryChangeRefusedWhenClosed => new(Changes.Keys.Except(AllowedWhenClosed));

    [Fact]
    public void Opening_a_dossier_writes_the_first_entry()
    {
        var dossier = DossierBuilder.Open().Build();

        var entry = Assert.Single(dossier.Chronology);
        Assert.Equal(1, entry.Sequence);
        Assert.Equal(ChronologyEntryKind.Opened, entry.Kind);
        Assert.Equal(People.Owner.UserId, entry.ActorId);
        Assert.Equal(People.Owner.Name, entry.ActorName);
        Assert.Equal(Clock.Now, entry.OccurredAt);
        Assert.Null(entry.CorrectsEntryId);
        Assert.Equal("Dossier 2026-0042 geopend over Daan Jansen (geboren 12-03-2018, groep 5).", entry.Summary);
        Assert.Equal(Clock.Now, dossier.LastActivityAt);
    }

    [Fact]
    public void The_table_covers_every_kind_of_entry_a_change_can_write()
    {
        var written = Changes.Values.SelectMany(c => c.Appends).Append(ChronologyEntryKind.Opened).ToHashSet();

        Assert.Equal(Enum.GetValues<ChronologyEntryKind>().ToHashSet(), written);
    }

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Every_change_appends_its_entries_with_the_next_sequence_the_actor_and_the_time(string name)
    {
        var change = Changes[name];
        var dossier = change.Arrange();
        var before = dossier.Chronology.ToList();
        var summaries = before.Select(e => e.Summary).ToList();

        change.Act(dossier, Actor, At);

        Assert.Equal(before, dossier.Chronology.Take(before.Count));
        Assert.Equal(summaries, dossier.Chronology.Take(before.Count).Select(e => e.Summary));
        Assert.Equal(change.Appends, dossier.KindsAfter(before.Count));
        var added = dossier.Chronology.Skip(before.Count).ToList();
        Assert.Equal(Enumerable.Range(before.Count + 1, added.Count), added.Select(e => e.Sequence));
        Assert.All(added, e =>
        {
            Assert.Equal(Actor.UserId, e.ActorId);
            Assert.Equal(Actor.Name, e.ActorName);
            Assert.Equal(At, e.OccurredAt);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.DoesNotContain(e.Id, before.Select(b => b.Id));
        });
        Assert.Equal(At, dossier.LastActivityAt);
    }

    [Theory]
    [MemberData(nameof(EveryChangeRefusedWhenClosed))]
    public void Every_change_but_a_correction_is_refused_on_a_closed_dossier(string name)
    {
        var dossier = ClosedDossierWithSomethingOfEverything();
        var before = dossier.Chronology.ToList();

        var error = Assert.Throws<DomainException>(() => Changes[name].Act(dossier, Actor, At));

        Assert.Equal(ClosedMessage, error.Message);
        Assert.Equal(before, dossier.Chronology);
        Assert.Equal(DossierStatus.Closed, dossier.Status);
        Assert.Equal(Clock.Now, dossier.LastActivityAt);
    }

    [Fact]
    public void A_closed_dossier_can_still_be_corrected_and_exported()
    {
        var dossier = ClosedDossierWithSomethingOfEverything();
        var entries = dossier.Chronology.Count;

        Changes["Correct"].Act(dossier, Actor, At);
        Changes["RecordExport"].Act(dossier, Actor, At);

        Assert.Equal([ChronologyEntryKind.Correction, ChronologyEntryKind.Exported], dossier.KindsAfter(entries));
        Assert.True(dossier.IsClosed);
        Assert.Equal(DossierStatus.Closed, dossier.Status);
    }

    [Fact]
    public void A_correction_points_at_the_entry_it_corrects_and_leaves_it_as_it_was()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();
        var original = dossier.Chronology[1];
        var summary = original.Summary;

        var correction = dossier.Correct(original.Id, "  De plek zat op de rechterwang.  ", " Links en rechts verwisseld. ", People.Owner, At);

        Assert.Same(correction, dossier.Chronology[^1]);
        Assert.Equal(ChronologyEntryKind.Correction, correction.Kind);
        Assert.Equal(original.Id, correction.CorrectsEntryId);
        Assert.Equal($"Correctie op regel 2: De plek zat op de rechterwang.{Environment.NewLine}Reden: Links en rechts verwisseld.", correction.Summary);
        Assert.Same(original, dossier.Chronology[1]);
        Assert.Equal(summary, original.Summary);
        Assert.Null(original.CorrectsEntryId);
    }

    [Fact]
    public void A_correction_of_an_entry_of_another_dossier_is_refused()
    {
        var dossier = DossierBuilder.Open().Build();
        var other = DossierBuilder.Open().Build();

        var error = Assert.Throws<DomainException>(() => dossier.Correct(other.Chronology[0].Id, "Iets anders.", "Vergissing.", People.Owner, At));

        Assert.Equal("De regel die je wilt corrigeren hoort niet bij dit dossier.", error.Message);
        Assert.Single(dossier.Chronology);
    }

    [Fact]
    public void A_correction_can_itself_be_corrected()
    {
        var dossier = DossierBuilder.Open().Build();
        var first = dossier.Correct(dossier.Chronology[0].Id, "Groep 6.", "Verkeerde groep.", People.Owner, At);

        var second = dossier.Correct(first.Id, "Groep 7.", "Toch een andere groep.", People.Owner, At);

        Assert.Equal(first.Id, second.CorrectsEntryId);
        Assert.Equal(3, dossier.Chronology.Count);
    }

    [Fact]
    public void A_refused_change_writes_nothing()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();
        var before = dossier.Chronology.ToList();

        Assert.Throws<DomainException>(() => dossier.RecordConsultation(Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with { Question = "Daan had een blauwe plek. Wat nu?" }, People.Owner, At));
        Assert.Throws<DomainException>(() => dossier.AnswerWeighingQuestion(WeighingQuestion.Help, true, null, null, "Te vroeg.", People.Owner, At));
        Assert.Throws<DomainException>(() => dossier.Decide(Outcome.Report, "Te vroeg.", null, People.Owner, At));
        Assert.Throws<DomainException>(() => dossier.RecordHelp("Opvoedondersteuning.", "Wijkteam", Clock.Today.AddDays(42), People.Owner, At));
        Assert.Throws<DomainException>(() => dossier.RemoveCollaborator(People.Lead.UserId, People.Owner, At));

        Assert.Equal(before, dossier.Chronology);
        Assert.Equal(Clock.Now, dossier.LastActivityAt);
    }

    [Fact]
    public void A_whole_walk_leaves_a_gapless_sequence_in_time_order()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithCarer().WithHelp().Build();
        dossier.AddComment("Moeder belde.", People.Colleague, Clock.DaysLater(3));
        dossier.Evaluate(false, "Het helpt niet.", null, People.Owner, Clock.DaysLater(42));
        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.DaysLater(43));

        Assert.Equal(Enumerable.Range(1, dossier.Chronology.Count), dossier.Chronology.Select(e => e.Sequence));
        Assert.Equal(dossier.Chronology.OrderBy(e => e.OccurredAt).Select(e => e.Id), dossier.Chronology.Select(e => e.Id));
        Assert.Equal(dossier.Chronology.Count, dossier.Chronology.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void The_chronology_holds_every_answer_with_its_rationale_and_where_it_leads()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();

        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, "Drie signalen in twee weken.", People.Owner, At);
        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, true, false, true, "Daan ziet thuis steeds geweld.", People.Owner, At);

        var answers = dossier.Chronology.Where(e => e.Kind == ChronologyEntryKind.WeighingAnswered).Select(e => e.Summary).ToList();
        Assert.Equal(
            [
                $"Vraag 1: vermoeden: ja.{Environment.NewLine}Onderbouwing: Drie signalen in twee weken.{Environment.NewLine}Volgende: vraag 2: veiligheid.",
                $"Vraag 2: veiligheid: acute onveiligheid: nee, structurele onveiligheid: ja.{Environment.NewLine}Onderbouwing: Daan ziet thuis steeds geweld.{Environment.NewLine}Het afwegingskader raadt aan: melden bij Veilig Thuis, en blijven helpen waar je kunt.",
            ],
            answers);
    }

    [Fact]
    public void The_chronology_holds_the_decision_with_its_grounds()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Build();

        dossier.Decide(Outcome.Report, "Hulp bieden ligt buiten onze rol.", null, People.Owner, At);

        Assert.Equal(
            $"Besluit: melden bij Veilig Thuis.{Environment.NewLine}Onderbouwing: Hulp bieden ligt buiten onze rol.",
            dossier.Chronology[^1].Summary);
    }

    [Fact]
    public void The_chronology_holds_the_facts_the_childs_words_and_the_interpretation_apart()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.RecordSignal(Inputs.Signal(), People.Owner, At);

        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Signaal vastgelegd: Lichamelijke mishandeling, waargenomen op 18-11-2026 om 08:45 (klaslokaal groep 5) door Sanne de Vries (leerkracht).",
                "Bron: eigen waarneming.",
                $"Feiten: {Inputs.Facts}",
                "Eigen woorden van het kind: “Papa was heel boos.”",
                "Interpretatie: De plek past niet bij een val op het schoolplein."),
            dossier.Chronology[^1].Summary);
    }

    private static Dossier WithRequestTo(Actor consultant)
    {
        var dossier = DossierBuilder.Open().Build();
        dossier.RequestConsultation(consultant.UserId, consultant.Name, false, "Wil je meekijken?", People.Owner, Clock.Now);
        return dossier;
    }

    /// <summary>A closed dossier that holds a collaborator, an answered request and a report, so every change has something to point at.</summary>
    private static Dossier ClosedDossierWithSomethingOfEverything()
    {
        var dossier = DossierBuilder.ReadyToWeigh().WithCollaborator(People.Lead).Build();
        var request = dossier.RequestConsultation(Actor.UserId, Actor.Name, false, "Wil je meekijken?", People.Owner, Clock.Now);
        dossier.AnswerConsultationRequest(request.Id, "Ga door met de stappen.", null, Actor, Clock.Now);
        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, false, false, DossierBuilder.Rationale, People.Owner, Clock.Now);
        dossier.AnswerWeighingQuestion(WeighingQuestion.Help, false, null, null, DossierBuilder.Rationale, People.Owner, Clock.Now);
        dossier.Decide(Outcome.Report, "Hulp is niet mogelijk.", null, People.Owner, Clock.Now);
        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);
        dossier.Close("Veilig Thuis heeft het overgenomen.", People.Owner, Clock.Now);
        return dossier;
    }

    private sealed record Change(Func<Dossier> Arrange, Action<Dossier, Actor, DateTimeOffset> Act, params ChronologyEntryKind[] Appends);
}

internal static class DossierSetup
{
    /// <summary>Applies a step to a freshly built dossier and returns it (for the table's arrangements).</summary>
    public static Dossier Also(this Dossier dossier, Action<Dossier> step)
    {
        step(dossier);
        return dossier;
    }
}
