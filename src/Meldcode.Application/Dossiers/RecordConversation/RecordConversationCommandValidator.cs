namespace Meldcode.Application.Dossiers.RecordConversation;

public sealed class RecordConversationCommandValidator : AbstractValidator<RecordConversationCommand>
{
    public RecordConversationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).NotInTheFuture(clock, "de datum van het gesprek");
        RuleFor(c => c.WithParents).Must((c, _) => c.WithParents || c.WithChild).WithMessage("Kruis aan met wie je sprak: de ouder(s), het kind of allebei.");
        RuleFor(c => c.OtherParticipants).OptionalText("andere deelnemers", 200);
        RuleFor(c => c.ConcernsNamed).RequiredText("welke zorgen je hebt benoemd");
        RuleFor(c => c.ClientReaction).RequiredText("hoe de cliënt reageerde");
        RuleFor(c => c.Agreements).OptionalText("de afspraken");
    }
}
