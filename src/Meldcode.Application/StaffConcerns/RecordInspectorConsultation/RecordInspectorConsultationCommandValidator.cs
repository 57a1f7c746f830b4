namespace Meldcode.Application.StaffConcerns.RecordInspectorConsultation;

public sealed class RecordInspectorConsultationCommandValidator : AbstractValidator<RecordInspectorConsultationCommand>
{
    public RecordInspectorConsultationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ConsultedOn).NotInTheFuture(clock, FieldName.Singular("de datum van het overleg"));
        RuleFor(c => c.Outcome).RequiredText(FieldName.Singular("de uitkomst van het overleg"));
        RuleFor(c => c.ReasonableSuspicion).NotNull().WithMessage("Geef aan of er een redelijk vermoeden is.");
        RuleFor(c => c.Grounds).RequiredText(FieldName.Singular("de onderbouwing"));
    }
}
