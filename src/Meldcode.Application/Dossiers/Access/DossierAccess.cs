using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.Access;

/// <summary>What someone may do with a dossier.</summary>
[Flags]
public enum DossierPermission
{
    None = 0,

    /// <summary>See everything in the dossier.</summary>
    Read = 1,

    /// <summary>Owner and collaborators: every step, decision and correction.</summary>
    Work = 2,

    /// <summary>The aandachtsfunctionaris of the dossier's team: add consultations and comments.</summary>
    Advise = 4,

    /// <summary>A colleague asked for advice, while the request is open: answer it.</summary>
    AnswerConsultation = 8,

    /// <summary>
    /// Four eyes: co-sign a decision or record disagreement. The aandachtsfunctionaris of the dossier's team, and the reviewer
    /// the organisation named while a decision waits for them. (That they do not work on the dossier is the domain's rule.)
    /// </summary>
    Review = 16,

    /// <summary>The aandachtsfunctionaris of the dossier's team: hand the dossier to another professional of the team.</summary>
    HandOver = 32,

    /// <summary>The aandachtsfunctionaris of the dossier's team: record and answer requests to see the file (inzageverzoeken), and make the export for the requester.</summary>
    AnswerInspection = 64,
    /// <summary>The aandachtsfunctionaris of the dossier's team: place or lift a legal hold, record and decide a request for early destruction.</summary>
    Retain = 128,
}

/// <summary>The facts about a dossier that decide who may do what.</summary>
public sealed record DossierAccessFacts(Guid OrganisationId, Guid TeamId, Guid OwnerId, IReadOnlyCollection<Guid> CollaboratorIds, IReadOnlyCollection<Guid> OpenConsultantIds, IReadOnlyCollection<Guid> NamedReviewerIds)
{
    /// <summary>The same facts, read from a dossier that is already loaded.</summary>
    public static DossierAccessFacts Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new(
            dossier.OrganisationId,
            dossier.TeamId,
            dossier.OwnerId,
            dossier.Collaborators.Select(c => c.UserId).ToList(),
            dossier.ConsultationRequests.Where(r => r.IsOpen).Select(r => r.ConsultantId).ToList(),
            dossier.Reviews.Where(r => r.IsAwaiting && r.ReviewerId != null).Select(r => r.ReviewerId!.Value).ToList());
    }
}

/// <summary>
/// The access rules for dossiers (deny by default): owner and collaborators may do everything; the
/// aandachtsfunctionaris of the dossier's team may read, add consultations and comments, review decisions,
/// hand the dossier over, and place legal holds and decide requests for early destruction; a consulted colleague may read and answer while their request is open; the
/// reviewer the organisation named may read and review while a decision waits for them. Nobody else — not
/// another team's lead, not the administrator, trainer, privacy officer or board.
/// </summary>
public static class DossierAccess
{
    public static DossierPermission For(DossierAccessFacts dossier, UserContext user)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(user);
        if (dossier.OrganisationId != user.OrganisationId)
        {
            return DossierPermission.None;
        }

        var permission = DossierPermission.None;
        if (dossier.OwnerId == user.UserId || dossier.CollaboratorIds.Contains(user.UserId))
        {
            permission |= DossierPermission.Read | DossierPermission.Work;
        }

        if (user.Holds(Role.SafeguardingLead, dossier.TeamId))
        {
            permission |= DossierPermission.Read | DossierPermission.Advise | DossierPermission.Review | DossierPermission.HandOver | DossierPermission.AnswerInspection | DossierPermission.Retain;
        }

        if (dossier.OpenConsultantIds.Contains(user.UserId))
        {
            permission |= DossierPermission.Read | DossierPermission.AnswerConsultation;
        }

        if (dossier.NamedReviewerIds.Contains(user.UserId))
        {
            permission |= DossierPermission.Read | DossierPermission.Review;
        }

        return permission;
    }

    /// <summary>Whether the permission held satisfies what a request needs (any of the flags it names).</summary>
    public static bool Satisfies(this DossierPermission held, DossierPermission required) =>
        required == DossierPermission.None ? held != DossierPermission.None : (held & required) != 0;
}
