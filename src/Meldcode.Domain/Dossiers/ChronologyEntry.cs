using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>One line of the append-only chronology. Never changed or removed; a correction is a new entry.</summary>
public sealed class ChronologyEntry
{
    private ChronologyEntry()
    {
        ActorName = Summary = string.Empty;
    }

    internal ChronologyEntry(int sequence, ChronologyEntryKind kind, Actor actor, DateTimeOffset occurredAt, string summary, Guid? correctsEntryId = null)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        Kind = kind;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        OccurredAt = occurredAt;
        Summary = summary;
        CorrectsEntryId = correctsEntryId;
    }

    public Guid Id { get; private set; }

    public int Sequence { get; private set; }

    public ChronologyEntryKind Kind { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Summary { get; private set; }

    public Guid? CorrectsEntryId { get; private set; }
}
