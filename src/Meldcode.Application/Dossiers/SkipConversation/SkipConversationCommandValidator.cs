namespace Meldcode.Application.Dossiers.SkipConversation;

public sealed class SkipConversationCommandValidator : AbstractValidator<SkipConversationCommand>
{
    public SkipConversationCommandValidator()
    {
        RuleFor(c => c.Reason).Chosen("Kies waarom het gesprek niet kan.");
        RuleFor(c => c.Explanation).RequiredText(FieldName.Singular("de toelichting"));
    }
}
