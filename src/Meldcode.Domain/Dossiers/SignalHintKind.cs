namespace Meldcode.Domain.Dossiers;

public enum SignalHintKind
{
    OpinionWordInFacts = 1,
    InitialsOnly = 2,
    NoDate = 3,
    VeryShort = 4,
}
