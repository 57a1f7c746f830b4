namespace Meldcode.Application.Dossiers.AddCarer;

public sealed class AddCarerCommandValidator : AbstractValidator<AddCarerCommand>
{
    public AddCarerCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText(FieldName.Singular("de naam van de ouder of verzorger"), 200);
        RuleFor(c => c.Relation).RequiredText(FieldName.Singular("de relatie tot het kind"), 200);
    }
}
