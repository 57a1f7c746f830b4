namespace Meldcode.Application.Dossiers.RecordHelpPlan;

public sealed class RecordHelpPlanCommandValidator : AbstractValidator<RecordHelpPlanCommand>
{
    public RecordHelpPlanCommandValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(c => c.WhatHelp).RequiredText(FieldName.Singular("de beschrijving van de hulp"));
        RuleFor(c => c.ByWhom).RequiredText(FieldName.Singular("de naam van wie de hulp geeft"), 200);
        RuleFor(c => c.EvaluationDate).NotNull().WithMessage("Kies een evaluatiedatum.")
            .Must(d => d is null || d > DutchTime.Today(clock.GetUtcNow())).WithMessage("Kies een evaluatiedatum in de toekomst.")
            .Must(d => d is null || d <= DutchTime.Today(clock.GetUtcNow()).AddYears(1)).WithMessage("Kies een evaluatiedatum binnen een jaar.");
    }
}
