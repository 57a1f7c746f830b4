namespace Meldcode.Application.Dossiers.AddSibling;

public sealed class AddSiblingCommandValidator : AbstractValidator<AddSiblingCommand>
{
    public AddSiblingCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).RequiredText(FieldName.Singular("de naam van de broer of zus"), 200);
        RuleFor(c => c.DateOfBirth).NotInTheFuture(clock, FieldName.Singular("de geboortedatum")).When(c => c.DateOfBirth is not null);
    }
}
