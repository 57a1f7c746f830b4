using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.GetDossier;

public sealed record DossierView(
    Dossier Dossier,
    int Version,
    DossierPermission Permissions,
    string TeamName,
    string OwnerName,
    string OrganisationName,
    DateOnly Today,
    Guid ViewerId)
{
    public bool CanWork => !Dossier.IsClosed && Permissions.HasFlag(DossierPermission.Work);

    public bool CanAdvise => !Dossier.IsClosed && (Permissions.HasFlag(DossierPermission.Work) || Permissions.HasFlag(DossierPermission.Advise));

    public bool CanCorrect => Permissions.HasFlag(DossierPermission.Work);

    /// <summary>A decision waits for review and this reader may give it: they may review, and neither work on the dossier nor took the decision.</summary>
    public bool CanReview =>
        Dossier.OpenReview is { } review
        && Permissions.HasFlag(DossierPermission.Review)
        && !Dossier.IsOwnerOrCollaborator(ViewerId)
        && Dossier.Decision is { } decision && decision.Id == review.DecisionId && decision.DecidedBy != ViewerId;

    /// <summary>The report waits for the review of the decision (four eyes), unless there was acute danger.</summary>
    public bool ReportWaitsForReview => Dossier.OpenReview is not null && !Dossier.IsAcute;
    /// <summary>The aandachtsfunctionaris of the dossier's team: the legal hold and requests for early destruction (page Bewaren).</summary>
    public bool CanRetain => Permissions.HasFlag(DossierPermission.Retain);

    /// <summary>The aandachtsfunctionaris of the team may hand an open dossier to a colleague.</summary>
    public bool CanHandOver => !Dossier.IsClosed && Permissions.HasFlag(DossierPermission.HandOver);

    public ConsultationRequest? OpenRequestForViewer =>
        Dossier.ConsultationRequests.FirstOrDefault(r => r.IsOpen && r.ConsultantId == ViewerId);

    public IReadOnlyList<StepProgress> Steps => Dossier.Steps(Today);

    public NextAction NextAction => Dossier.NextActionOn(Today);

    /// <summary>The timeline's events as the reader chose to see them (the record and the PDF keep the full chronology).</summary>
    public Timeline Timeline(TimelineFilter filter) => GetDossier.Timeline.Of(Dossier, filter);
}
