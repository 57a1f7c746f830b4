namespace Meldcode.Application.Dossiers.AnswerInspectionRequest;

public sealed class AnswerInspectionRequestCommandValidator : AbstractValidator<AnswerInspectionRequestCommand>
{
    public AnswerInspectionRequestCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Provided).NotNull().WithMessage("Kies of je het dossier hebt verstrekt of het verzoek weigert.");
        RuleFor(c => c.AnsweredOn).NotInTheFuture(clock, FieldName.Singular("de datum van het antwoord"));
        When(c => c.Provided == false, () =>
            RuleFor(c => c.RefusalReason).RequiredText(FieldName.Singular("de reden van de weigering")));
    }
}
