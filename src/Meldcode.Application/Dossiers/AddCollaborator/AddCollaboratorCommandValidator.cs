namespace Meldcode.Application.Dossiers.AddCollaborator;

public sealed class AddCollaboratorCommandValidator : AbstractValidator<AddCollaboratorCommand>
{
    public AddCollaboratorCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("Kies een collega.");
    }
}
