namespace Meldcode.Application.Dossiers.RecordKindcheck;

/// <summary>The answers of a kindcheck as a form sends them: on the kindcheck page, and on the form that opens a dossier about an adult client.</summary>
public interface IKindcheckAnswers
{
    bool? ChildrenPresent { get; }

    int? NumberOfChildren { get; }

    string? Ages { get; }

    string? WhoCares { get; }
}

/// <summary>The shape of a kindcheck's answers, the same wherever it is asked.</summary>
public sealed class KindcheckAnswersValidator : AbstractValidator<IKindcheckAnswers>
{
    public KindcheckAnswersValidator()
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
