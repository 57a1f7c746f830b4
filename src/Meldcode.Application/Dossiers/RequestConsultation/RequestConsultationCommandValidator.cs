namespace Meldcode.Application.Dossiers.RequestConsultation;

public sealed class RequestConsultationCommandValidator : AbstractValidator<RequestConsultationCommand>
{
    public RequestConsultationCommandValidator()
    {
        RuleFor(c => c.ConsultantId).NotEmpty().WithMessage("Kies een collega.");
        RuleFor(c => c.Question).RequiredText("je vraag");
    }
}
