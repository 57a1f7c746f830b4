namespace Meldcode.Application.Dossiers.Decide;

public sealed class DecideCommandValidator : AbstractValidator<DecideCommand>
{
    public DecideCommandValidator()
    {
        RuleFor(c => c.Outcome).Chosen("Kies je besluit.");
        RuleFor(c => c.Grounds).RequiredText(FieldName.Singular("de onderbouwing van je besluit"));
        RuleFor(c => c.DeviationJustification).OptionalText(FieldName.Singular("de verantwoording"));
    }
}
