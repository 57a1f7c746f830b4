namespace Meldcode.Application.Dossiers.AddSibling;

public sealed class AddSiblingCommandValidator : AbstractValidator<AddSiblingCommand>
{
    public AddSiblingCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).RequiredText("de naam van de broer of zus", 200);
        RuleFor(c => c.DateOfBirth).NotInTheFuture(clock, "de geboortedatum").When(c => c.DateOfBirth is not null);
    }
}
