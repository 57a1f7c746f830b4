namespace Meldcode.Application.Dossiers.AddCollaborator;

public sealed class AddCollaboratorCommandValidator : AbstractValidator<AddCollaboratorCommand>
{
    public AddCollaboratorCommandValidator()
    {
        RuleFor(c => c.UserId).Chosen("Kies een collega.");
    }
}
