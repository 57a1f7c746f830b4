using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.ReviewDecision;

/// <summary>What the reviewer says about a decision that waits for four eyes.</summary>
public enum ReviewVerdict
{
    /// <summary>Co-sign ("medeondertekenen"), with an optional comment.</summary>
    CoSign = 1,

    /// <summary>Disagree, with a written reason; the decision stands.</summary>
    Disagree = 2,
}

/// <summary>
/// Four eyes: the aandachtsfunctionaris of the dossier's team (or the reviewer the organisation named, while the decision
/// waits for them) co-signs the decision or records disagreement. Someone who works on the dossier or took the decision cannot.
/// </summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Review)]
public sealed record ReviewDecisionCommand(Guid DossierId, int Version, ReviewVerdict? Verdict, string? Comment) : IRequest<Unit>, IDossierChange;

public sealed class ReviewDecisionCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<ReviewDecisionCommand>(workspace)
{
    protected override void Change(Dossier dossier, ReviewDecisionCommand command, Actor actor, DateTimeOffset now)
    {
        if (command.Verdict == ReviewVerdict.Disagree)
        {
            dossier.DisagreeWithDecision(command.Comment!, actor, now);
        }
        else
        {
            dossier.CoSignDecision(command.Comment, actor, now);
        }
    }
}
