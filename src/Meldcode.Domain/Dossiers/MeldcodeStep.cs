namespace Meldcode.Domain.Dossiers;

/// <summary>The five steps of the meldcode.</summary>
public enum MeldcodeStep
{
    Signals = 1,
    Consultation = 2,
    Conversation = 3,
    Weighing = 4,
    Decision = 5,
}
