using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>What was done in acute danger, recorded afterwards.</summary>
public sealed class EmergencyAction
{
    private EmergencyAction()
    {
        WhatWasDone = WhomContacted = string.Empty;
    }

    internal EmergencyAction(string whatWasDone, string whomContacted, DateTimeOffset occurredAt, DateTimeOffset now, Guid recordedBy)
    {
        Id = Guid.NewGuid();
        WhatWasDone = Texts.Trimmed(whatWasDone);
        WhomContacted = Texts.Trimmed(whomContacted);
        OccurredAt = occurredAt;
        RecordedAt = now;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public string WhatWasDone { get; private set; }

    public string WhomContacted { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }
}
