namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>What the conversation step (3) looks like in a blocker combination.</summary>
public enum ConversationState
{
    NotYet = 1,
    Held = 2,
    Skipped = 3,
}
