namespace Meldcode.Application.Dossiers.ReviewDecision;

public sealed class ReviewDecisionCommandValidator : AbstractValidator<ReviewDecisionCommand>
{
    public ReviewDecisionCommandValidator()
    {
        RuleFor(c => c.Verdict).Chosen("Kies: medeondertekenen, of het niet eens zijn met het besluit.");
        RuleFor(c => c.Comment).RequiredText(FieldName.Singular("de reden waarom je het niet eens bent"))
            .When(c => c.Verdict == ReviewVerdict.Disagree);
        RuleFor(c => c.Comment).OptionalText(FieldName.Singular("je opmerking"))
            .When(c => c.Verdict != ReviewVerdict.Disagree);
    }
}
