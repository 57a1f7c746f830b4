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
        if (occurredAt > now)
        {
            throw new DomainException("Het moment van de actie kan niet in de toekomst liggen.");
        }

        Id = Guid.NewGuid();
        WhatWasDone = Texts.Required(whatWasDone, "Wat je hebt gedaan");
        WhomContacted = Texts.RequiredShort(whomContacted, "Wie je hebt gebeld of ingeschakeld");
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
