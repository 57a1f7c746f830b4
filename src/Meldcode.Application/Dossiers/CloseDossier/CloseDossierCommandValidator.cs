namespace Meldcode.Application.Dossiers.CloseDossier;

public sealed class CloseDossierCommandValidator : AbstractValidator<CloseDossierCommand>
{
    public CloseDossierCommandValidator()
    {
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden"));
    }
}
