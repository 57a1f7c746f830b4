using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>One line of the append-only chronology. Never changed or removed; a correction is a new entry.</summary>
public sealed class ChronologyEntry
{
    private ChronologyEntry()
    {
        ActorName = Summary = string.Empty;
    }

    internal ChronologyEntry(int sequence, ChronologyEntryKind kind, Actor actor, DateTimeOffset occurredAt, string summary, Guid? correctsEntryId = null, DateOnly? eventDate = null)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        Kind = kind;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        OccurredAt = occurredAt;
        Summary = summary;
        CorrectsEntryId = correctsEntryId;
        EventDate = eventDate;
    }

    public Guid Id { get; private set; }

    public int Sequence { get; private set; }

    public ChronologyEntryKind Kind { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>When the entry was recorded.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>
    /// The date of what the entry is about, when the input names one: the day a signal was observed, a consultation
    /// or conversation held, a report made, feedback received, or acute danger acted on. Null for entries without
    /// such a date, and for entries recorded before this date was kept.
    /// </summary>
    public DateOnly? EventDate { get; private set; }

    /// <summary>Whether the event happened on another day than the entry was recorded (the record then names both dates).</summary>
    public bool HappenedOnAnotherDay => EventDate is { } date && date != DutchTime.Today(OccurredAt);

    /// <summary>The step of the meldcode the entry belongs to; null for entries about the dossier as a whole.</summary>
    public MeldcodeStep? Step => ChronologyEntryKinds.StepOf(Kind);

    public string Summary { get; private set; }

    public Guid? CorrectsEntryId { get; private set; }
}
