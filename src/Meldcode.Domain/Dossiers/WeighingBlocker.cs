namespace Meldcode.Domain.Dossiers;

public enum WeighingBlocker
{
    NoSignal = 1,
    NoConsultation = 2,
    ExpertConsultationMissing = 3,
    ConversationNotDoneOrSkipped = 4,
}
