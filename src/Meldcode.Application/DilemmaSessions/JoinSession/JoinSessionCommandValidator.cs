namespace Meldcode.Application.DilemmaSessions.JoinSession;

public sealed class JoinSessionCommandValidator : AbstractValidator<JoinSessionCommand>
{
    public JoinSessionCommandValidator()
    {
        RuleFor(c => c.Code)
            .Must(code => !string.IsNullOrWhiteSpace(code)).WithMessage(FieldName.Singular("de code van de sessie").Required())
            .Must(code => JoinCodes.Normalise(code).Length == 6 && JoinCodes.Normalise(code).All(char.IsAsciiDigit))
            .When(c => !string.IsNullOrWhiteSpace(c.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage("De code bestaat uit 6 cijfers, zoals 123 456.");
    }
}
