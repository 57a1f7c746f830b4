using Meldcode.Application.Dossiers.RecordKindcheck;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.OpenClientDossier;

public sealed class OpenClientDossierCommandValidator : AbstractValidator<OpenClientDossierCommand>
{
    /// <summary>Older than this is taken for a typing error.</summary>
    public const int MaxAge = 120;

    public OpenClientDossierCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.TeamId).NotEmpty().WithMessage("Kies het team of de locatie.");
        RuleFor(c => c.FirstName).RequiredText(FieldName.Singular("de voornaam van de cliënt"), 200);
        RuleFor(c => c.LastName).RequiredText(FieldName.Singular("de achternaam van de cliënt"), 200);
        RuleFor(c => c.DateOfBirth).NotInTheFuture(clock, FieldName.Singular("de geboortedatum van de cliënt"))
            .Must(d => d is null || d > DutchTime.Today(clock.GetUtcNow()) || Client.IsAdultOn(d.Value, DutchTime.Today(clock.GetUtcNow())))
            .WithMessage($"De cliënt is volgens deze geboortedatum jonger dan {Client.AdultAge} jaar. Gaat je zorg over een kind? Open dan een dossier over het kind.")
            .Must(d => d is null || d >= DutchTime.Today(clock.GetUtcNow()).AddYears(-MaxAge))
            .WithMessage($"Controleer de geboortedatum: de cliënt zou ouder zijn dan {MaxAge} jaar.");
        Include(new KindcheckAnswersValidator());
    }
}
