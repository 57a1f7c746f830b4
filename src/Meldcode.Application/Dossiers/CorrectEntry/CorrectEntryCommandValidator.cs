namespace Meldcode.Application.Dossiers.CorrectEntry;

public sealed class CorrectEntryCommandValidator : AbstractValidator<CorrectEntryCommand>
{
    public CorrectEntryCommandValidator()
    {
        RuleFor(c => c.Correction).RequiredText(FieldName.Singular("de correctie"));
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden van de correctie"));
    }
}
