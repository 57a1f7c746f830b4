namespace Meldcode.Domain.Dossiers;

/// <summary>The current answers to questions 1–4 (null: not answered). Question 2 has two parts.</summary>
public sealed record WeighingAnswers(
    bool? Suspicion = null,
    bool? AcuteUnsafety = null,
    bool? StructuralUnsafety = null,
    bool? CanOfferHelp = null,
    bool? HelpAccepted = null)
{
    public static WeighingAnswers None { get; } = new();

    public bool SafetyAnswered => AcuteUnsafety.HasValue && StructuralUnsafety.HasValue;

    public bool Unsafe => AcuteUnsafety == true || StructuralUnsafety == true;
}
