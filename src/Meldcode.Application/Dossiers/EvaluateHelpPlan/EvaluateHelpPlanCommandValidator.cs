namespace Meldcode.Application.Dossiers.EvaluateHelpPlan;

public sealed class EvaluateHelpPlanCommandValidator : AbstractValidator<EvaluateHelpPlanCommand>
{
    public EvaluateHelpPlanCommandValidator()
    {
        RuleFor(c => c.HelpBringsLastingSafety).NotNull().WithMessage("Kies ja of nee.");
        RuleFor(c => c.Rationale).RequiredText(FieldName.Singular("je onderbouwing"));
        RuleFor(c => c.MonitoringAgreements).RequiredText(FieldName.Plural("de afspraken over het volgen van de veiligheid")).When(c => c.HelpBringsLastingSafety == true);
        RuleFor(c => c.MonitoringAgreements).OptionalText(FieldName.Plural("de afspraken"));
    }
}
