namespace Meldcode.Application.Dossiers.AddSibling;

public sealed class AddSiblingCommandValidator : AbstractValidator<AddSiblingCommand>
{
    public AddSiblingCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText("de naam van de broer of zus", 200);
    }
}
