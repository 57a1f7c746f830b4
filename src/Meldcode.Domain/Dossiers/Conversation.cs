using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Step 3: a conversation with the client (parents and/or child).</summary>
public sealed class Conversation
{
    private Conversation()
    {
        ConcernsNamed = ClientReaction = string.Empty;
    }

    internal Conversation(ConversationInput input, DateTimeOffset recordedAt, Guid recordedBy)
    {
        Id = Guid.NewGuid();
        HeldOn = input.HeldOn;
        WithParents = input.WithParents;
        WithChild = input.WithChild;
        WithColleague = input.WithColleague;
        OtherParticipants = Texts.TrimmedOrNull(input.OtherParticipants);
        ConcernsNamed = Texts.Trimmed(input.ConcernsNamed);
        ClientReaction = Texts.Trimmed(input.ClientReaction);
        Agreements = Texts.TrimmedOrNull(input.Agreements);
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public bool WithParents { get; private set; }

    public bool WithChild { get; private set; }

    public bool WithColleague { get; private set; }

    public string? OtherParticipants { get; private set; }

    public string ConcernsNamed { get; private set; }

    public string ClientReaction { get; private set; }

    public string? Agreements { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }
}
