namespace Meldcode.Application.Dossiers.RecordHelpPlan;

public sealed class RecordHelpPlanCommandValidator : AbstractValidator<RecordHelpPlanCommand>
{
    public RecordHelpPlanCommandValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(c => c.WhatHelp).RequiredText("welke hulp");
        RuleFor(c => c.ByWhom).RequiredText("door wie", 200);
        RuleFor(c => c.EvaluationDate).NotNull().WithMessage("Kies een evaluatiedatum.")
            .Must(d => d is null || d > DutchTime.Today(clock.GetUtcNow())).WithMessage("De evaluatiedatum ligt in de toekomst.")
            .Must(d => d is null || d <= DutchTime.Today(clock.GetUtcNow()).AddYears(1)).WithMessage("Kies een evaluatiedatum binnen een jaar.");
    }
}
