namespace Meldcode.Application.Dossiers.OpenDossier;

public sealed class OpenDossierCommandValidator : AbstractValidator<OpenDossierCommand>
{
    public OpenDossierCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.TeamId).NotEmpty().WithMessage("Kies het team of de locatie.");
        RuleFor(c => c.FirstName).RequiredText(FieldName.Singular("de voornaam van het kind"), 200);
        RuleFor(c => c.LastName).RequiredText(FieldName.Singular("de achternaam van het kind"), 200);
        RuleFor(c => c.DateOfBirth).NotInTheFuture(clock, FieldName.Singular("de geboortedatum van het kind"))
            .Must(d => d is null || d >= DutchTime.Today(clock.GetUtcNow()).AddYears(-25)).WithMessage("Controleer de geboortedatum: het kind zou ouder zijn dan 25 jaar.");
        RuleFor(c => c.Group).OptionalText(FieldName.Singular("de groep of klas"), 200);
    }
}
