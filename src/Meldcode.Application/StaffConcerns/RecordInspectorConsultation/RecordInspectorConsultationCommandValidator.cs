namespace Meldcode.Application.StaffConcerns.RecordInspectorConsultation;

public sealed class RecordInspectorConsultationCommandValidator : AbstractValidator<RecordInspectorConsultationCommand>
{
    public RecordInspectorConsultationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ConsultedOn).NotInTheFuture(clock, "de datum van het overleg");
        RuleFor(c => c.Outcome).RequiredText("de uitkomst van het overleg");
        RuleFor(c => c.ReasonableSuspicion).NotNull().WithMessage("Geef aan of er een redelijk vermoeden is.");
        RuleFor(c => c.Grounds).RequiredText("de onderbouwing");
    }
}
