namespace Meldcode.Application.Dossiers.RequestConsultation;

public sealed class RequestConsultationCommandValidator : AbstractValidator<RequestConsultationCommand>
{
    public RequestConsultationCommandValidator()
    {
        RuleFor(c => c.ConsultantId).Chosen("Kies een collega.");
        RuleFor(c => c.Question).RequiredText(FieldName.Singular("je vraag"));
    }
}
