namespace Meldcode.Application.Dossiers.OpenDossier;

public sealed class OpenDossierCommandValidator : AbstractValidator<OpenDossierCommand>
{
    public OpenDossierCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.TeamId).NotEmpty().WithMessage("Kies het team of de locatie.");
        RuleFor(c => c.FirstName).RequiredText("de voornaam van het kind", 200);
        RuleFor(c => c.LastName).RequiredText("de achternaam van het kind", 200);
        RuleFor(c => c.DateOfBirth).NotInTheFuture(clock, "de geboortedatum van het kind")
            .Must(d => d is null || d >= DutchTime.Today(clock.GetUtcNow()).AddYears(-25)).WithMessage("Controleer de geboortedatum: het kind zou ouder zijn dan 25 jaar.");
        RuleFor(c => c.Group).OptionalText("de groep of klas", 200);
    }
}
