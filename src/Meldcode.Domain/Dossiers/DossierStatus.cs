namespace Meldcode.Domain.Dossiers;

/// <summary>Where a dossier stands as a whole.</summary>
public enum DossierStatus
{
    Open = 1,
    Reported = 2,
    Monitoring = 3,
    ReportedAndMonitoring = 4,
    Closed = 5,
}

/// <summary>The five steps of the meldcode.</summary>
public enum MeldcodeStep
{
    Signals = 1,
    Consultation = 2,
    Conversation = 3,
    Weighing = 4,
    Decision = 5,
}

public enum StepState
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
    Skipped = 4,
}

/// <summary>What a signal is about: the forms of abuse, signals about a parent or carer, and signs that argue against the suspicion.</summary>
public enum SignalCategory
{
    PhysicalAbuse = 1,
    EmotionalAbuse = 2,
    PhysicalNeglect = 3,
    EmotionalNeglect = 4,
    EducationalNeglect = 5,
    SexualAbuse = 6,
    WitnessingDomesticViolence = 7,
    FemaleGenitalMutilation = 8,
    HonourRelatedViolence = 9,
    ConcernAboutParent = 10,
    ContraIndication = 11,
}

public enum SignalSource
{
    OwnObservation = 1,
    ToldBySomeone = 2,
}

public enum ConsultationKind
{
    Colleague = 1,
    SafeguardingLead = 2,
    VeiligThuisAdvice = 3,
    InjuryExpert = 4,
    OtherExpert = 5,
}

public enum ConsentToShare
{
    NotAsked = 1,
    AskedAndGiven = 2,
    AskedAndRefused = 3,
}

public enum ConsultationRequestStatus
{
    Open = 1,
    Answered = 2,
    Withdrawn = 3,
}

/// <summary>Why the conversation with the client (step 3) was skipped.</summary>
public enum ConversationSkipReason
{
    ChildSafety = 1,
    OthersSafety = 2,
    ProfessionalSafety = 3,
}

/// <summary>The outcome of the weighing: what the framework recommends, and what the professional decides.</summary>
public enum Outcome
{
    Close = 1,
    Report = 2,
    HelpAndMonitor = 3,
    ReportAndHelp = 4,
}

/// <summary>Open melden, tenzij: the exceptions that allow reporting without informing the client first.</summary>
public enum OpenReportingException
{
    ChildOrFamilySafety = 1,
    ProfessionalSafety = 2,
    TrustRelationship = 3,
}

public enum VeiligThuisFeedback
{
    TakenOn = 1,
    AdviceOnly = 2,
    NotTakenOn = 3,
}

/// <summary>What the professional should do next on a dossier.</summary>
public enum NextActionKind
{
    None = 0,
    RecordSignal = 1,
    ConsultExpert = 2,
    Consult = 3,
    HaveConversation = 4,
    AnswerWeighingQuestion = 5,
    Decide = 6,
    RecordReport = 7,
    RecordHelp = 8,
    Evaluate = 9,
    AwaitEvaluation = 10,
    RecordVeiligThuisFeedback = 11,
    CloseDossier = 12,
}

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
