namespace Meldcode.Application.Dossiers.CorrectEntry;

public sealed class CorrectEntryCommandValidator : AbstractValidator<CorrectEntryCommand>
{
    public CorrectEntryCommandValidator()
    {
        RuleFor(c => c.Correction).RequiredText("de correctie");
        RuleFor(c => c.Reason).RequiredText("de reden van de correctie");
    }
}
