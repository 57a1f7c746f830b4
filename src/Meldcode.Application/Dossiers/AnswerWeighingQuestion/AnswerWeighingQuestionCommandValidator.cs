using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.AnswerWeighingQuestion;

public sealed class AnswerWeighingQuestionCommandValidator : AbstractValidator<AnswerWeighingQuestionCommand>
{
    public AnswerWeighingQuestionCommandValidator()
    {
        RuleFor(c => c.Question).IsInEnum().WithMessage("Kies een vraag van het afwegingskader.").Must(q => q != WeighingQuestion.Result).WithMessage("Vraag 5 beantwoord je bij de evaluatie.");
        RuleFor(c => c.Yes).NotNull().When(c => c.Question != WeighingQuestion.Safety).WithMessage("Kies ja of nee.");
        RuleFor(c => c.AcuteUnsafety).NotNull().When(c => c.Question == WeighingQuestion.Safety).WithMessage("Kies of er acute onveiligheid is.");
        RuleFor(c => c.StructuralUnsafety).NotNull().When(c => c.Question == WeighingQuestion.Safety).WithMessage("Kies of er structurele onveiligheid is.");
        RuleFor(c => c.Rationale).RequiredText(FieldName.Singular("je onderbouwing"));
    }
}
