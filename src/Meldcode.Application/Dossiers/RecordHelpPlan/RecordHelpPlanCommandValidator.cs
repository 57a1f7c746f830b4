namespace Meldcode.Application.Dossiers.RecordHelpPlan;

public sealed class RecordHelpPlanCommandValidator : AbstractValidator<RecordHelpPlanCommand>
{
    public RecordHelpPlanCommandValidator()
    {
        RuleFor(c => c.WhatHelp).RequiredText("welke hulp");
        RuleFor(c => c.ByWhom).RequiredText("door wie", 200);
        RuleFor(c => c.EvaluationDate).NotNull().WithMessage("Kies een evaluatiedatum.");
    }
}
