using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordSignal;

public sealed class RecordSignalCommandValidator : AbstractValidator<RecordSignalCommand>
{
    public RecordSignalCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ObservedOn).NotInTheFuture(clock, FieldName.Singular("de datum van de waarneming"));
        RuleFor(c => c.Place).OptionalText(FieldName.Singular("de plaats"), 200);
        RuleFor(c => c.ObservedBy).RequiredText(FieldName.Singular("de naam van wie het zag of hoorde"), 200);
        RuleFor(c => c.Source).Chosen("Kies of je het zelf zag of hoorde, of dat iemand het je vertelde.");
        RuleFor(c => c.ToldBy).RequiredText(FieldName.Singular("de naam van wie het je vertelde"), 200).When(c => c.Source == SignalSource.ToldBySomeone);
        RuleFor(c => c.Category).Chosen("Kies een categorie.");
        RuleFor(c => c.Facts).RequiredText(FieldName.Plural("de feiten"));
        RuleFor(c => c.ChildsOwnWords).OptionalText(FieldName.Plural("de eigen woorden van het kind"));
        RuleFor(c => c.Interpretation).OptionalText(FieldName.Singular("je interpretatie"));
    }
}
