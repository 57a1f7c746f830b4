namespace Meldcode.Application.Dossiers.HandOverDossier;

public sealed class HandOverDossierCommandValidator : AbstractValidator<HandOverDossierCommand>
{
    public HandOverDossierCommandValidator()
    {
        RuleFor(c => c.NewOwnerId).Chosen("Kies aan wie je het dossier overdraagt.");
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden"));
    }
}
