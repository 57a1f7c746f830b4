using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordSignal;

public sealed class RecordSignalCommandValidator : AbstractValidator<RecordSignalCommand>
{
    public RecordSignalCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ObservedOn).NotInTheFuture(clock, "de datum van de waarneming");
        RuleFor(c => c.Place).OptionalText("de plaats", 200);
        RuleFor(c => c.ObservedBy).RequiredText("wie het waarnam", 200);
        RuleFor(c => c.Source).Chosen("Kies of je het zelf zag of hoorde, of dat iemand het je vertelde.");
        RuleFor(c => c.ToldBy).RequiredText("wie het je vertelde", 200).When(c => c.Source == SignalSource.ToldBySomeone);
        RuleFor(c => c.Category).Chosen("Kies een categorie.");
        RuleFor(c => c.Facts).RequiredText("de feiten");
        RuleFor(c => c.ChildsOwnWords).OptionalText("de eigen woorden van het kind");
        RuleFor(c => c.Interpretation).OptionalText("je interpretatie");
    }
}
