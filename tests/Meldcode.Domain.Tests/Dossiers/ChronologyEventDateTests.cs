using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>
/// A chronology entry about something that happened on a date of its own (a signal observed, a conversation held, …)
/// keeps that date beside the moment it was recorded; the timeline names both when they differ.
/// </summary>
public sealed class ChronologyEventDateTests
{
    private static readonly DateOnly Earlier = Clock.Today.AddDays(-3);

    /// <summary>Recorded a week after <see cref="Clock.Now"/>, about something three days before it.</summary>
    private static readonly DateTimeOffset Later = Clock.DaysLater(7);

    [Fact]
    public void A_signal_keeps_the_day_it_was_observed()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.RecordSignal(Inputs.Signal() with { ObservedOn = Earlier }, People.Owner, Later);

        var entry = dossier.Chronology[^1];
        Assert.Equal(Earlier, entry.EventDate);
        Assert.True(entry.HappenedOnAnotherDay);
    }

    [Fact]
    public void A_consultation_and_a_conversation_keep_the_day_they_were_held()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.RecordConsultation(Inputs.Consultation() with { HeldOn = Earlier }, People.Owner, Later);
        dossier.RecordConversation(Inputs.Conversation() with { HeldOn = Earlier.AddDays(1) }, People.Owner, Later);

        Assert.Equal([Earlier, Earlier.AddDays(1)], dossier.Chronology.TakeLast(2).Select(e => e.EventDate));
    }

    [Fact]
    public void A_report_keeps_the_day_it_was_made_and_feedback_the_day_it_came()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Report).Build();

        dossier.RecordReport(Inputs.Report() with { ReportedOn = Clock.Today }, People.Owner, Later);
        dossier.RecordVeiligThuisFeedback(dossier.Reports[0].Id, VeiligThuisFeedback.TakenOn, Clock.Today.AddDays(2), null, People.Owner, Later);

        Assert.Equal([Clock.Today, Clock.Today.AddDays(2)], dossier.Chronology.TakeLast(2).Select(e => e.EventDate));
    }

    [Fact]
    public void Acting_in_acute_danger_keeps_the_day_it_was_done_in_Dutch_time()
    {
        var dossier = DossierBuilder.Open().Build();

        // 23:30 UTC on the 17th is 00:30 on the 18th in the Netherlands.
        dossier.RecordEmergencyAction("112 gebeld.", "Politie", new DateTimeOffset(2026, 11, 17, 23, 30, 0, TimeSpan.Zero), People.Owner, Later);

        Assert.Equal(new DateOnly(2026, 11, 18), dossier.Chronology[^1].EventDate);
    }

    [Fact]
    public void An_event_recorded_on_its_own_day_has_no_second_date_to_show()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.RecordSignal(Inputs.Signal(), People.Owner, Clock.Now);

        Assert.Equal(Clock.Today, dossier.Chronology[^1].EventDate);
        Assert.False(dossier.Chronology[^1].HappenedOnAnotherDay);
    }

    [Fact]
    public void Entries_without_a_date_of_their_own_have_none()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.AddComment("Moeder belde.", People.Owner, Later);

        Assert.All(dossier.Chronology, e => Assert.Null(e.EventDate));
        Assert.All(dossier.Chronology, e => Assert.False(e.HappenedOnAnotherDay));
    }
}

/// <summary>Each kind of entry belongs to one step (or none) and one topic; the timeline filters by them.</summary>
public sealed class ChronologyEntryKindsTests
{
    public static TheoryData<ChronologyEntryKind, MeldcodeStep?, ChronologyTopic> Table => new()
    {
        { ChronologyEntryKind.Opened, null, ChronologyTopic.Other },
        { ChronologyEntryKind.ChildUpdated, null, ChronologyTopic.Other },
        { ChronologyEntryKind.CollaboratorAdded, null, ChronologyTopic.Other },
        { ChronologyEntryKind.CollaboratorRemoved, null, ChronologyTopic.Other },
        { ChronologyEntryKind.SignalRecorded, MeldcodeStep.Signals, ChronologyTopic.Signals },
        { ChronologyEntryKind.KindcheckRecorded, MeldcodeStep.Signals, ChronologyTopic.Signals },
        { ChronologyEntryKind.ConsultationRecorded, MeldcodeStep.Consultation, ChronologyTopic.Consultations },
        { ChronologyEntryKind.ConsultationRequested, MeldcodeStep.Consultation, ChronologyTopic.Consultations },
        { ChronologyEntryKind.ConsultationRequestAnswered, MeldcodeStep.Consultation, ChronologyTopic.Consultations },
        { ChronologyEntryKind.ConsultationRequestWithdrawn, MeldcodeStep.Consultation, ChronologyTopic.Consultations },
        { ChronologyEntryKind.ConversationRecorded, MeldcodeStep.Conversation, ChronologyTopic.Conversations },
        { ChronologyEntryKind.ConversationSkipped, MeldcodeStep.Conversation, ChronologyTopic.Conversations },
        { ChronologyEntryKind.WeighingAnswered, MeldcodeStep.Weighing, ChronologyTopic.WeighingAndDecision },
        { ChronologyEntryKind.DecisionRecorded, MeldcodeStep.Decision, ChronologyTopic.WeighingAndDecision },
        { ChronologyEntryKind.ReportRecorded, MeldcodeStep.Decision, ChronologyTopic.ReportAndHelp },
        { ChronologyEntryKind.VeiligThuisFeedbackRecorded, MeldcodeStep.Decision, ChronologyTopic.ReportAndHelp },
        { ChronologyEntryKind.HelpRecorded, MeldcodeStep.Decision, ChronologyTopic.ReportAndHelp },
        { ChronologyEntryKind.EvaluationRecorded, MeldcodeStep.Decision, ChronologyTopic.ReportAndHelp },
        { ChronologyEntryKind.EmergencyActionRecorded, null, ChronologyTopic.ReportAndHelp },
        { ChronologyEntryKind.CommentAdded, null, ChronologyTopic.CommentsAndCorrections },
        { ChronologyEntryKind.Correction, null, ChronologyTopic.CommentsAndCorrections },
        { ChronologyEntryKind.Closed, null, ChronologyTopic.WeighingAndDecision },
        { ChronologyEntryKind.Exported, null, ChronologyTopic.Other },
        { ChronologyEntryKind.ReviewRequested, MeldcodeStep.Decision, ChronologyTopic.WeighingAndDecision },
        { ChronologyEntryKind.ReviewCoSigned, MeldcodeStep.Decision, ChronologyTopic.WeighingAndDecision },
        { ChronologyEntryKind.ReviewDisagreed, MeldcodeStep.Decision, ChronologyTopic.WeighingAndDecision },
        { ChronologyEntryKind.HandedOver, null, ChronologyTopic.Other },
        { ChronologyEntryKind.InspectionRequested, null, ChronologyTopic.Other },
        { ChronologyEntryKind.InspectionExtended, null, ChronologyTopic.Other },
        { ChronologyEntryKind.InspectionAnswered, null, ChronologyTopic.Other },
        { ChronologyEntryKind.LegalHoldPlaced, null, ChronologyTopic.Other },
        { ChronologyEntryKind.LegalHoldLifted, null, ChronologyTopic.Other },
        { ChronologyEntryKind.DestructionRequested, null, ChronologyTopic.Other },
        { ChronologyEntryKind.DestructionRefused, null, ChronologyTopic.Other },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_kind_of_entry_has_its_step_and_topic(ChronologyEntryKind kind, MeldcodeStep? step, ChronologyTopic topic) =>
        Assert.Equal((step, topic), (ChronologyEntryKinds.StepOf(kind), ChronologyEntryKinds.TopicOf(kind)));

    [Fact]
    public void The_table_names_every_kind_of_entry() =>
        Assert.Equal(Enum.GetValues<ChronologyEntryKind>(), Table.Select(row => (ChronologyEntryKind)row[0]!).Order());

    [Fact]
    public void Every_topic_has_a_Dutch_name() =>
        Assert.All(Enum.GetValues<ChronologyTopic>(), t => Assert.False(string.IsNullOrWhiteSpace(DutchTerms.For(t))));
}
