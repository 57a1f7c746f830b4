namespace Meldcode.Application.Dossiers.AnswerConsultationRequest;

public sealed class AnswerConsultationRequestCommandValidator : AbstractValidator<AnswerConsultationRequestCommand>
{
    public AnswerConsultationRequestCommandValidator()
    {
        RuleFor(c => c.Advice).RequiredText(FieldName.Singular("je advies"));
        RuleFor(c => c.AgreedActions).OptionalText(FieldName.Plural("de afspraken"));
    }
}
