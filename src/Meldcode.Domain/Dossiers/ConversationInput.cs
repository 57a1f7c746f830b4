namespace Meldcode.Domain.Dossiers;

public sealed record ConversationInput(
    DateOnly HeldOn,
    bool WithParents,
    bool WithChild,
    bool WithColleague,
    string? OtherParticipants,
    string ConcernsNamed,
    string ClientReaction,
    string? Agreements);
