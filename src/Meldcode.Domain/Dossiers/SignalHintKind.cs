namespace Meldcode.Domain.Dossiers;

public enum SignalHintKind
{
    OpinionWordInFacts = 1,
    InitialsOnly = 2,
    NoDate = 3,
    VeryShort = 4,

    /// <summary>A word that judges or generalises ("verwaarloosd", "altijd") instead of describing.</summary>
    LoadedWordInFacts = 5,
}
