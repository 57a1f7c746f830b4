namespace Meldcode.Domain.Dossiers;

/// <summary>Why the conversation with the client (step 3) was skipped.</summary>
public enum ConversationSkipReason
{
    ChildSafety = 1,
    OthersSafety = 2,
    ProfessionalSafety = 3,
}
