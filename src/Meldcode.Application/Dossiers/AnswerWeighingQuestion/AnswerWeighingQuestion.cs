using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.AnswerWeighingQuestion;

/// <summary>Steps 4–5: answer one question of the afwegingskader. Returns the recommendation after the answer.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AnswerWeighingQuestionCommand(
    Guid DossierId,
    int Version,
    WeighingQuestion Question,
    bool? Yes,
    bool? AcuteUnsafety,
    bool? StructuralUnsafety,
    string? Rationale) : IRequest<Recommendation>, IDossierChange;

public sealed class AnswerWeighingQuestionCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<AnswerWeighingQuestionCommand, Recommendation>(workspace)
{
    protected override Recommendation Change(Dossier dossier, AnswerWeighingQuestionCommand command, Actor actor, DateTimeOffset now)
    {
        dossier.AnswerWeighingQuestion(command.Question, command.Yes ?? false, command.AcuteUnsafety, command.StructuralUnsafety, command.Rationale!, actor, now);
        return dossier.Recommendation;
    }
}
