using Meldcode.Domain.Common;
using Meldcode.Domain.Retention;

namespace Meldcode.Domain.Dossiers;

/// <summary>Retention: the legal hold (bewaarplicht) and a request to destroy the dossier early.</summary>
public sealed partial class Dossier
{
    /// <summary>Why the dossier is under a legal hold (bewaarplicht, blokkade); null when it is not. A hold stops every deletion.</summary>
    public string? LegalHoldReason { get; private set; }

    public DateTimeOffset? LegalHoldPlacedAt { get; private set; }

    public string? LegalHoldPlacedByName { get; private set; }

    public bool IsUnderLegalHold => LegalHoldReason is not null;

    /// <summary>Who asked to destroy the dossier early, while that request waits for the aandachtsfunctionaris's decision.</summary>
    public DestructionRequester? DestructionRequestedBy { get; private set; }

    /// <summary>The child's age when the waiting request was made.</summary>
    public int? DestructionRequestChildAge { get; private set; }

    public DateOnly? DestructionRequestReceivedOn { get; private set; }

    public bool HasOpenDestructionRequest => DestructionRequestedBy is not null;

    /// <summary>Places a legal hold: the dossier is not deleted, not at the end of its term and not on request, until the hold is lifted.</summary>
    public void PlaceLegalHold(string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsUnderLegalHold)
        {
            throw new DomainException("Er staat al een bewaarplicht op dit dossier.");
        }

        LegalHoldReason = Texts.Trimmed(reason);
        LegalHoldPlacedAt = now;
        LegalHoldPlacedByName = actor.Name;
        Append(ChronologyEntryKind.LegalHoldPlaced, actor, now, ChronologySentences.LegalHoldPlaced(LegalHoldReason));
    }

    public void LiftLegalHold(string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsUnderLegalHold)
        {
            throw new DomainException("Er staat geen bewaarplicht op dit dossier.");
        }

        LegalHoldReason = null;
        LegalHoldPlacedAt = null;
        LegalHoldPlacedByName = null;
        Append(ChronologyEntryKind.LegalHoldLifted, actor, now, ChronologySentences.LegalHoldLifted(Texts.Trimmed(reason)));
    }

    /// <summary>Records a request by a parent or the child to destroy the dossier early; whether they may ask follows <see cref="DestructionRequests"/>.</summary>
    public void RecordDestructionRequest(DestructionRequester requester, int childAge, DateOnly receivedOn, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (HasOpenDestructionRequest)
        {
            throw new DomainException("Er ligt al een verzoek tot vernietiging. Neem daar eerst een besluit over.");
        }

        DestructionRequests.EnsureMayAsk(requester, childAge, Sector);
        DestructionRequestedBy = requester;
        DestructionRequestChildAge = childAge;
        DestructionRequestReceivedOn = receivedOn;
        Append(ChronologyEntryKind.DestructionRequested, actor, now, ChronologySentences.DestructionRequested(requester, childAge, receivedOn), eventDate: receivedOn);
    }

    /// <summary>Refuses the waiting request, with the reason; the dossier stays.</summary>
    public void RefuseDestruction(string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOpenDestructionRequest();
        DestructionRequestedBy = null;
        DestructionRequestChildAge = null;
        DestructionRequestReceivedOn = null;
        Append(ChronologyEntryKind.DestructionRefused, actor, now, ChronologySentences.DestructionRefused(Texts.Trimmed(reason)));
    }

    /// <summary>
    /// Grants the waiting request: returns the deletion record the controlled deletion writes with it (the dossier itself is
    /// removed by the use case). Refused while a legal hold is on the dossier.
    /// </summary>
    public DeletionRecord GrantDestruction(string reason, int organisationYears, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOpenDestructionRequest();
        if (IsUnderLegalHold)
        {
            throw new DomainException("Er staat een bewaarplicht op dit dossier: het mag niet worden vernietigd. Hef eerst de bewaarplicht op (met een reden), of wijs het verzoek af.");
        }

        return DeletionRecord.DestroyedOnRequest(OrganisationId, Id, Number, OpenedAt, ClosedAt, RetentionTerms.DossierTerm(Sector, organisationYears), reason, actor, now);
    }

    private void EnsureOpenDestructionRequest()
    {
        if (!HasOpenDestructionRequest)
        {
            throw new DomainException("Er ligt geen verzoek tot vernietiging. Leg eerst het verzoek vast.");
        }
    }
}
