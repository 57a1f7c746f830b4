namespace Meldcode.Domain.Dossiers;

/// <summary>A few kinds of timeline entry that people recognise, each grouping several <see cref="ChronologyEntryKind"/>s.</summary>
public enum ChronologyTopic
{
    /// <summary>Signals and the kindcheck (step 1).</summary>
    Signals = 1,

    /// <summary>Consultations and requests for advice (step 2).</summary>
    Consultations = 2,

    /// <summary>The conversation with the client, or why it was skipped (step 3).</summary>
    Conversations = 3,

    /// <summary>The afwegingskader's answers, the decision, and closing the dossier.</summary>
    WeighingAndDecision = 4,

    /// <summary>Reports to Veilig Thuis and its feedback, help and its evaluation, and what was done in acute danger.</summary>
    ReportAndHelp = 5,

    /// <summary>Comments and corrections.</summary>
    CommentsAndCorrections = 6,

    /// <summary>Everything about the dossier itself: opened, people added, collaborators, downloads.</summary>
    Other = 7,
}

/// <summary>Where each kind of chronology entry belongs: its step of the meldcode and its topic.</summary>
public static class ChronologyEntryKinds
{
    /// <summary>The step an entry of this kind belongs to; null for entries about the dossier as a whole (acute danger, comments, corrections, people, closing).</summary>
    public static MeldcodeStep? StepOf(ChronologyEntryKind kind) => kind switch
    {
        ChronologyEntryKind.SignalRecorded or ChronologyEntryKind.KindcheckRecorded => MeldcodeStep.Signals,
        ChronologyEntryKind.ConsultationRecorded or ChronologyEntryKind.ConsultationRequested
            or ChronologyEntryKind.ConsultationRequestAnswered or ChronologyEntryKind.ConsultationRequestWithdrawn => MeldcodeStep.Consultation,
        ChronologyEntryKind.ConversationRecorded or ChronologyEntryKind.ConversationSkipped => MeldcodeStep.Conversation,
        ChronologyEntryKind.WeighingAnswered => MeldcodeStep.Weighing,
        ChronologyEntryKind.DecisionRecorded or ChronologyEntryKind.ReportRecorded or ChronologyEntryKind.VeiligThuisFeedbackRecorded
            or ChronologyEntryKind.HelpRecorded or ChronologyEntryKind.EvaluationRecorded
            or ChronologyEntryKind.ReviewRequested or ChronologyEntryKind.ReviewCoSigned or ChronologyEntryKind.ReviewDisagreed => MeldcodeStep.Decision,
        _ => null,
    };

    public static ChronologyTopic TopicOf(ChronologyEntryKind kind) => kind switch
    {
        ChronologyEntryKind.SignalRecorded or ChronologyEntryKind.KindcheckRecorded => ChronologyTopic.Signals,
        ChronologyEntryKind.ConsultationRecorded or ChronologyEntryKind.ConsultationRequested
            or ChronologyEntryKind.ConsultationRequestAnswered or ChronologyEntryKind.ConsultationRequestWithdrawn => ChronologyTopic.Consultations,
        ChronologyEntryKind.ConversationRecorded or ChronologyEntryKind.ConversationSkipped => ChronologyTopic.Conversations,
        ChronologyEntryKind.WeighingAnswered or ChronologyEntryKind.DecisionRecorded or ChronologyEntryKind.Closed
            or ChronologyEntryKind.ReviewRequested or ChronologyEntryKind.ReviewCoSigned or ChronologyEntryKind.ReviewDisagreed => ChronologyTopic.WeighingAndDecision,
        ChronologyEntryKind.ReportRecorded or ChronologyEntryKind.VeiligThuisFeedbackRecorded or ChronologyEntryKind.HelpRecorded
            or ChronologyEntryKind.EvaluationRecorded or ChronologyEntryKind.EmergencyActionRecorded => ChronologyTopic.ReportAndHelp,
        ChronologyEntryKind.CommentAdded or ChronologyEntryKind.Correction => ChronologyTopic.CommentsAndCorrections,
        _ => ChronologyTopic.Other,
    };
}
