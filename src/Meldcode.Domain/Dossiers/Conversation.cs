using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Step 3: a conversation with the client (parents and/or child).</summary>
public sealed class Conversation
{
    private Conversation()
    {
        ConcernsNamed = ClientReaction = string.Empty;
    }

    internal Conversation(ConversationInput input, DateOnly today, DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (input.HeldOn > today)
        {
            throw new DomainException("De datum van het gesprek kan niet in de toekomst liggen.");
        }

        if (!input.WithParents && !input.WithChild)
        {
            throw new DomainException("Een gesprek met de cliënt is met de ouder(s), het kind of allebei.");
        }

        Id = Guid.NewGuid();
        HeldOn = input.HeldOn;
        WithParents = input.WithParents;
        WithChild = input.WithChild;
        WithColleague = input.WithColleague;
        OtherParticipants = Texts.Optional(input.OtherParticipants, "Andere deelnemers", Texts.ShortMax);
        ConcernsNamed = Texts.Required(input.ConcernsNamed, "De zorgen die je hebt benoemd");
        ClientReaction = Texts.Required(input.ClientReaction, "De reactie");
        Agreements = Texts.Optional(input.Agreements, "De afspraken");
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
