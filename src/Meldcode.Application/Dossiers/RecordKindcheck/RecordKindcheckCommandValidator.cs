namespace Meldcode.Application.Dossiers.RecordKindcheck;

public sealed class RecordKindcheckCommandValidator : AbstractValidator<RecordKindcheckCommand>
{
    public RecordKindcheckCommandValidator()
    {
        RuleFor(c => c.ChildrenPresent).NotNull().WithMessage("Geef aan of er kinderen bij de cliënt wonen of regelmatig verblijven.");
        When(c => c.ChildrenPresent == true, () =>
        {
            RuleFor(c => c.NumberOfChildren).NotNull().WithMessage("Vul in om hoeveel kinderen het gaat.")
                .InclusiveBetween(1, 20).WithMessage("Vul een aantal van 1 tot 20 in.");
            RuleFor(c => c.Ages).RequiredText(FieldName.Plural("de leeftijden"), 200);
            RuleFor(c => c.WhoCares).RequiredText(FieldName.Plural("de verzorgers van de kinderen"), 200);
        });
    }
}
