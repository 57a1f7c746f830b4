namespace Meldcode.Application.Dossiers.RecordConversation;

public sealed class RecordConversationCommandValidator : AbstractValidator<RecordConversationCommand>
{
    public RecordConversationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).NotInTheFuture(clock, FieldName.Singular("de datum van het gesprek"));
        RuleFor(c => c.WithParents).Must((c, _) => c.WithParents || c.WithChild).WithMessage("Kruis aan met wie je sprak: de ouder(s), het kind of allebei.");
        RuleFor(c => c.OtherParticipants).OptionalText(FieldName.Plural("de andere deelnemers"), 200);
        RuleFor(c => c.ConcernsNamed).RequiredText(FieldName.Plural("de zorgen die je hebt benoemd"));
        RuleFor(c => c.ClientReaction).RequiredText(FieldName.Singular("de reactie van de cliënt"));
        RuleFor(c => c.Agreements).OptionalText(FieldName.Plural("de afspraken"));
    }
}
