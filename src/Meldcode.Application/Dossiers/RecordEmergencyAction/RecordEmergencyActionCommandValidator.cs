namespace Meldcode.Application.Dossiers.RecordEmergencyAction;

public sealed class RecordEmergencyActionCommandValidator : AbstractValidator<RecordEmergencyActionCommand>
{
    public RecordEmergencyActionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.WhatWasDone).RequiredText("wat je hebt gedaan");
        RuleFor(c => c.WhomContacted).RequiredText("wie je hebt gebeld of ingeschakeld", 200);
        RuleFor(c => c.OccurredAt).NotNull().WithMessage("Vul in wanneer dit was.")
            .Must(at => at is null || at <= clock.GetUtcNow()).WithMessage("Het moment kan niet in de toekomst liggen.");
    }
}
