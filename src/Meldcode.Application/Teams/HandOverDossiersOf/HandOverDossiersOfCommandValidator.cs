namespace Meldcode.Application.Teams.HandOverDossiersOf;

public sealed class HandOverDossiersOfCommandValidator : AbstractValidator<HandOverDossiersOfCommand>
{
    public HandOverDossiersOfCommandValidator()
    {
        RuleFor(c => c.PreviousOwnerId).Chosen("Kies van wie je de dossiers overdraagt.");
        RuleFor(c => c.Dossiers)
            .Must(d => d is { Count: > 0 }).WithMessage("Vink minstens één dossier aan.")
            .Must(d => d is null || d.Count <= HandOverDossiersOfCommand.MaxDossiers).WithMessage($"Je kunt hoogstens {HandOverDossiersOfCommand.MaxDossiers} dossiers tegelijk overdragen. Vink er minder aan.")
            .Must(d => d is null || d.Select(x => x.DossierId).Distinct().Count() == d.Count).WithMessage("Elk dossier kan maar één keer in de lijst staan.");
        RuleFor(c => c.NewOwnerId).Chosen("Kies aan wie je de dossiers overdraagt.");
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden"));
    }
}
