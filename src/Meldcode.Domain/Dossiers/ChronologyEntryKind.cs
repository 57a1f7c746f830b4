namespace Meldcode.Domain.Dossiers;

public enum ChronologyEntryKind
{
    Opened = 1,
    ChildUpdated = 2,
    CollaboratorAdded = 3,
    CollaboratorRemoved = 4,
    SignalRecorded = 5,
    KindcheckRecorded = 6,
    ConsultationRecorded = 7,
    ConsultationRequested = 8,
    ConsultationRequestAnswered = 9,
    ConsultationRequestWithdrawn = 10,
    ConversationRecorded = 11,
    ConversationSkipped = 12,
    WeighingAnswered = 13,
    DecisionRecorded = 14,
    ReportRecorded = 15,
    VeiligThuisFeedbackRecorded = 16,
    HelpRecorded = 17,
    EvaluationRecorded = 18,
    EmergencyActionRecorded = 19,
    CommentAdded = 20,
    Correction = 21,
    Closed = 22,
    Exported = 23,
}
