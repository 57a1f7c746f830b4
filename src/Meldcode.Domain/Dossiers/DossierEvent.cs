namespace Meldcode.Domain.Dossiers;

/// <summary>
/// Something that happened to a dossier that someone outside it should hear about (the aandachtsfunctionaris's
/// inbox). Raised by the dossier's methods, read once by the application when the change is saved; never stored.
/// </summary>
public abstract record DossierEvent;

public sealed record DossierOpenedEvent : DossierEvent;

public sealed record ConsultationRequestedEvent(Guid RequestId, Guid ConsultantId) : DossierEvent;

/// <summary>The request was answered or withdrawn.</summary>
public sealed record ConsultationRequestClosedEvent(Guid RequestId) : DossierEvent;

public sealed record AcuteDangerRecordedEvent(Guid ActionId) : DossierEvent;

public sealed record ReviewRequestedEvent(Guid ReviewId, ReviewReason Reason, Guid? NamedReviewerId) : DossierEvent;

public sealed record ReviewGivenEvent(Guid ReviewId) : DossierEvent;

public sealed record HandedOverEvent(Guid PreviousOwnerId, Guid NewOwnerId) : DossierEvent;
