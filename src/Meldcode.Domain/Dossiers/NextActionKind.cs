namespace Meldcode.Domain.Dossiers;

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

    /// <summary>The decision to report waits for the aandachtsfunctionaris's review (four eyes); the report follows it.</summary>
    AwaitReview = 13,
}
